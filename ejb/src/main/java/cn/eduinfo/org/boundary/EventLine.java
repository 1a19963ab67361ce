package cn.eduinfo.org.boundary;

import cn.eduinfo.org.OrgEvent;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One dated change of a unit, as its history shows it. */
public record EventLine(String type, LocalDate effective, Instant recordedAt, String recordedBy, String before,
                        String after, Long runId) implements Serializable {

    public static EventLine of(OrgEvent e) {
        return new EventLine(e.getType().name(), e.getEffective(), e.getRecordedAt(), e.getRecordedBy(), e.getBefore(),
                e.getAfter(), e.getRunId());
    }
}
