package cn.eduinfo.sync.boundary;

import cn.eduinfo.sync.ChangeType;
import cn.eduinfo.sync.SyncRunChange;
import java.io.Serializable;

/** One line of a run's change set. */
public record ChangeLine(int seq, ChangeType type, String code, String before, String after, String proposer,
                         boolean applied) implements Serializable {

    public static ChangeLine of(SyncRunChange c, boolean applied) {
        return new ChangeLine(c.getSeq(), c.getType(), c.getCode(), c.getBeforeText(), c.getAfterText(), c.getProposer(), applied);
    }
}
