package cn.eduinfo.sync.boundary;

import cn.eduinfo.sync.ChangeReason;
import cn.eduinfo.sync.ChangeType;
import cn.eduinfo.sync.SyncRunChange;
import java.io.Serializable;

/**
 * One line of a run's change set.
 *
 * @param reason why the sync makes a change no row of the file states (OMITTED: a closure by omission), null otherwise
 */
public record ChangeLine(int seq, ChangeType type, String code, String before, String after, String proposer,
                         ChangeReason reason, boolean applied) implements Serializable {

    public static ChangeLine of(SyncRunChange c, boolean applied) {
        return new ChangeLine(c.getSeq(), c.getType(), c.getCode(), c.getBeforeText(), c.getAfterText(), c.getProposer(),
                c.getReason(), applied);
    }
}
