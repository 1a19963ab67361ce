package cn.eduinfo.reporting.boundary;

import cn.eduinfo.reporting.Action;
import cn.eduinfo.reporting.SubmissionState;
import cn.eduinfo.reporting.Transition;
import java.io.Serializable;
import java.time.Instant;

/** One entry of a unit's quarter timeline, as screens and the API show it. */
public record TimelineLine(Action action, SubmissionState from, SubmissionState to, String actor, String role, Instant at, String reason)
        implements Serializable {

    static TimelineLine of(Transition t) {
        return new TimelineLine(t.getAction(), t.getFrom(), t.getTo(), t.getActor(),
                t.getActorRole() == null ? null : t.getActorRole().name(), t.getAt(), t.getReason());
    }
}
