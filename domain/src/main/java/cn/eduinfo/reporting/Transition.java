package cn.eduinfo.reporting;

import cn.eduinfo.account.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * One entry of a submission's timeline (第二十二条): who did what, when, from which state to which, and why.
 * Immutable: no setters; JPA 3.1 embeddables cannot be records yet.
 */
@Embeddable
public class Transition {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, length = 24)
    private SubmissionState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 24)
    private SubmissionState to;

    @Column(nullable = false, length = 40)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", length = 20)
    private Role actorRole;

    @Column(nullable = false)
    private Instant at;

    @Column(length = Submission.MAX_REASON)
    private String reason;

    protected Transition() {
    }

    Transition(Action action, SubmissionState from, SubmissionState to, Actor actor, Instant at, String reason) {
        this.action = action;
        this.from = from;
        this.to = to;
        this.actor = actor.username();
        this.actorRole = actor.role();
        this.at = at;
        this.reason = reason;
    }

    public Action getAction() { return action; }
    public SubmissionState getFrom() { return from; }
    public SubmissionState getTo() { return to; }
    public String getActor() { return actor; }
    public Role getActorRole() { return actorRole; }
    public Instant getAt() { return at; }
    public String getReason() { return reason; }

    @Override
    public String toString() {
        return at + " " + actor + " " + action + " " + from + "→" + to + (reason == null ? "" : " (" + reason + ")");
    }
}
