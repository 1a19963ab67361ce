package cn.eduinfo.form.boundary;

import cn.eduinfo.form.FormValueChange;
import java.io.Serializable;
import java.time.Instant;

/** One change of one value: who, when, old, new, and how it came in. */
public record ValueHistoryLine(String indicator, String oldValue, String newValue, Instant at, String by, FormValueChange.Via via)
        implements Serializable {

    static ValueHistoryLine of(FormValueChange c) {
        return new ValueHistoryLine(c.getIndicator(), c.getOldValue(), c.getNewValue(), c.getChangedAt(), c.getChangedBy(), c.getVia());
    }
}
