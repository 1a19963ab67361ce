package cn.eduinfo.reporting;

import static cn.eduinfo.reporting.SubmissionState.ACCEPTED;
import static cn.eduinfo.reporting.SubmissionState.AUTO_REPORTED;
import static cn.eduinfo.reporting.SubmissionState.DRAFT;
import static cn.eduinfo.reporting.SubmissionState.NOT_STARTED;
import static cn.eduinfo.reporting.SubmissionState.REPORTED;
import static cn.eduinfo.reporting.SubmissionState.RETURNED;
import static cn.eduinfo.reporting.SubmissionState.SUBMITTED;
import static cn.eduinfo.reporting.SubmissionState.WITHDRAWAL_REQUESTED;

import cn.eduinfo.account.Role;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.org.Tier;
import cn.eduinfo.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * One unit's data for one quarter on its way up the tree (第十七~二十条). Every transition checks the
 * actor's role, its relation to the unit (own unit or direct superior) and the clock, and appends a
 * {@link Transition}; a refusal is a {@link DomainException} with a message key. The unit is kept as
 * plain columns (id, path, code, tier) so that set-based SQL over 350k units needs no join.
 */
@Entity
@Table(name = "submission")
public class Submission {

    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_seq")
    @SequenceGenerator(name = "submission_seq", sequenceName = "submission_seq", allocationSize = 50)
    private Long id;

    @Column(name = "quarter_key", nullable = false, updatable = false)
    private int quarterKey;

    @Column(name = "org_id", nullable = false, updatable = false)
    private Long orgId;

    @Column(name = "org_path", nullable = false, length = 255)
    private String orgPath;

    @Column(name = "org_code", nullable = false, length = 10, updatable = false)
    private String orgCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Tier tier;

    @Column(name = "has_reviewer", nullable = false, updatable = false)
    private boolean hasReviewer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SubmissionState state = NOT_STARTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_status", nullable = false, length = 20)
    private DataStatus dataStatus = DataStatus.NONE;

    @Column(name = "auto_reported", nullable = false)
    private boolean autoReported;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "return_reason", length = MAX_REASON)
    private String returnReason;

    @Column(name = "return_limit")
    private Instant returnLimit;

    @Column(name = "withdrawal_reason", length = MAX_REASON)
    private String withdrawalReason;

    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "submission_transition", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "seq")
    private List<Transition> timeline = new ArrayList<>();

    protected Submission() {
    }

    /** The unit's form for the quarter, not started: prefilled by the form module with what it last reported. */
    public static Submission open(Quarter quarter, Organisation unit) {
        Submission s = new Submission();
        s.quarterKey = quarter.key();
        s.orgId = unit.getId();
        s.orgCode = unit.getCode();
        s.orgPath = unit.getPath();
        s.tier = unit.getTier();
        s.hasReviewer = unit.getKind().hasReviewer();
        return s;
    }

    /**
     * The unit's quarter when its form was written before anything tracked it (the quarter's opening,
     * demo data): a form already updated or confirmed makes it a draft, without a timeline entry of
     * its own (the form's history has the saves).
     */
    public static Submission open(Quarter quarter, Organisation unit, DataStatus formStatus) {
        Submission s = open(quarter, unit);
        s.dataStatus = formStatus;
        s.state = formStatus == DataStatus.NONE ? NOT_STARTED : DRAFT;
        return s;
    }

    /** A school moved to another authority (第十一条): its quarter follows it to the new superior and tier. */
    public void follow(Organisation unit) {
        if (!unit.getCode().equals(orgCode)) {
            throw new IllegalArgumentException(unit.getCode() + " is not " + orgCode);
        }
        orgPath = unit.getPath();
        tier = unit.getTier();
    }

    // ---- filling in (第十五、十六条): the unit's administrator ----

    /** The unit changed data: saves the draft. */
    public void recordUpdate(Actor actor, TierCalendar calendar, Instant now) {
        record(DataStatus.UPDATED, Action.UPDATE, actor, calendar, now);
    }

    /** Nothing changed this quarter: confirmed in one step. */
    public void recordConfirmedUnchanged(Actor actor, TierCalendar calendar, Instant now) {
        record(DataStatus.CONFIRMED_UNCHANGED, Action.CONFIRM_UNCHANGED, actor, calendar, now);
    }

    /** Refuses unless {@code actor} may change the unit's data now; for the form module before it saves. */
    public void checkEditable(Actor actor, TierCalendar calendar, Instant now) {
        Guards.role(actor, Role.ADMINISTRATOR, "reporting.edit.notAdministrator");
        Guards.ownUnit(actor, orgPath);
        if (state == WITHDRAWAL_REQUESTED) {
            throw new DomainException("reporting.edit.withdrawalPending");
        }
        if (state.isSent()) {
            throw new DomainException("reporting.edit.locked");
        }
        if (state == RETURNED) {
            Guards.before(now, returnLimit, "reporting.returnLimit.passed");
        } else {
            Guards.notBefore(now, calendar.fillingOpens(quarter()), "reporting.edit.quarterNotStarted");
            Guards.before(now, calendar.deadline(quarter(), tier), "reporting.window.closed");
        }
    }

    private void record(DataStatus status, Action action, Actor actor, TierCalendar calendar, Instant now) {
        checkEditable(actor, calendar, now);
        SubmissionState to = state == NOT_STARTED ? DRAFT : state;
        if (to != state || status != dataStatus) {
            // Repeated saves are the form module's history; the timeline keeps changes of state or status.
            move(action, to, actor, now, null);
        }
        dataStatus = status;
    }

    // ---- sending up (第十七、十八条) ----

    /** A unit without a reviewer hands its data to its superior, once the quarter has ended. */
    public void submit(Actor actor, TierCalendar calendar, Instant now) {
        Guards.role(actor, Role.ADMINISTRATOR, "reporting.submit.notAdministrator");
        Guards.ownUnit(actor, orgPath);
        if (hasReviewer) {
            throw new DomainException("reporting.submit.hasReviewer");
        }
        sendUp(Action.SUBMIT, SUBMITTED, calendar.submittingOpens(quarter()), actor, calendar, now);
    }

    /**
     * The unit's reviewer reports its own data with its reviewer-less direct subordinates' that are in, in
     * its tier's window. Returns those subordinates; the ones still out are {@link #pendingSubordinates}.
     */
    public List<Submission> report(Actor actor, TierCalendar calendar, Collection<Submission> subordinates, Instant now) {
        Guards.role(actor, Role.REVIEWER, "reporting.report.notReviewer");
        Guards.ownUnit(actor, orgPath);
        if (!hasReviewer) {
            throw new DomainException("reporting.report.noReviewer");
        }
        requireDirectSubordinates(subordinates);
        sendUp(Action.REPORT, REPORTED, calendar.window(quarter(), tier).start(), actor, calendar, now);
        return subordinates.stream().filter(s -> !s.hasReviewer && s.state.isSent()).toList();
    }

    private void sendUp(Action action, SubmissionState to, Instant opens, Actor actor, TierCalendar calendar, Instant now) {
        if (state.isSent()) {
            throw new DomainException("reporting.send.alreadySent");
        }
        if (dataStatus == DataStatus.NONE) {
            throw new DomainException("reporting.send.noData");
        }
        if (state == RETURNED) {
            Guards.before(now, returnLimit, "reporting.returnLimit.passed");
        } else {
            Guards.notBefore(now, opens, "reporting.window.notOpen");
            Guards.before(now, calendar.deadline(quarter(), tier), "reporting.window.closed");
        }
        move(action, to, actor, now, null);
        sent(false, now);
    }

    /**
     * The system reports the data as it stands at the unit's deadline, or once a return's time limit has
     * lapsed (第十八条). Idempotent: false, and nothing recorded, when already sent or not yet due
     * because a return's time limit still runs; refused if called before the deadline.
     */
    public boolean autoReport(Actor actor, TierCalendar calendar, Instant now) {
        if (!actor.isSystem()) {
            throw new DomainException("reporting.autoReport.notSystem");
        }
        if (state.isSent() || (state == RETURNED && now.isBefore(returnLimit))) {
            return false;
        }
        if (state != RETURNED) {
            Instant deadline = calendar.deadline(quarter(), tier);
            if (now.isBefore(deadline)) {
                throw new DomainException("reporting.autoReport.beforeDeadline", Window.show(deadline));
            }
        }
        move(Action.AUTO_REPORT, AUTO_REPORTED, actor, now, null);
        sent(true, now);
        return true;
    }

    private void sent(boolean bySystem, Instant now) {
        autoReported = bySystem;
        sentAt = now;
        returnLimit = null;
    }

    // ---- review by the direct superior's reviewer (第十七、二十条) ----

    public void accept(Actor actor, Instant now) {
        Guards.superiorReviewer(actor, orgPath);
        if (state == WITHDRAWAL_REQUESTED) {
            throw new DomainException("reporting.review.withdrawalPending");
        }
        if (state == ACCEPTED) {
            throw new DomainException("reporting.review.alreadyAccepted");
        }
        if (state.isOpen()) {
            throw new DomainException("reporting.review.notSent");
        }
        move(Action.ACCEPT, ACCEPTED, actor, now, null);
    }

    /**
     * Sends the data back for correction with a reason and a time limit (第二十条). {@code superior} is the
     * direct superior's own submission for the quarter: it must not have reported itself (第十九条 applies to
     * it too), and the time limit may not run past the superior's own deadline.
     */
    public void returnForCorrection(Actor actor, Submission superior, TierCalendar calendar, String reason, Instant limit, Instant now) {
        Guards.superiorReviewer(actor, orgPath);
        requireSuperior(superior);
        if (state == WITHDRAWAL_REQUESTED) {
            throw new DomainException("reporting.review.withdrawalPending");
        }
        if (state.isOpen()) {
            throw new DomainException("reporting.review.notSent");
        }
        sendBack(Action.RETURN, actor, superior, calendar, Guards.reason(reason), limit, now);
    }

    private void sendBack(Action action, Actor actor, Submission superior, TierCalendar calendar, String reason, Instant limit, Instant now) {
        if (superior.state.isSent()) {
            throw new DomainException("reporting.return.superiorReported");
        }
        Instant superiorCloses = superior.closesAt(calendar);
        Guards.before(now, superiorCloses, "reporting.return.superiorClosed");
        if (limit == null || !limit.isAfter(now)) {
            throw new DomainException("reporting.returnLimit.notFuture");
        }
        if (limit.isAfter(superiorCloses)) {
            throw new DomainException("reporting.returnLimit.afterSuperiorClose", Window.show(superiorCloses));
        }
        move(action, RETURNED, actor, now, reason);
        returnReason = reason;
        returnLimit = limit;
        withdrawalReason = null;
    }

    // ---- withdrawal requests (第十九条) ----

    /** The unit asks its superior to take back what it sent; possible until the MoE closes the quarter. */
    public void requestWithdrawal(Actor actor, TierCalendar calendar, String reason, Instant now) {
        WithdrawalRules.mayRequest(actor, orgPath, state, calendar.deadline(quarter(), Tier.NATIONAL), now);
        String why = Guards.reason(reason);
        move(Action.REQUEST_WITHDRAWAL, WITHDRAWAL_REQUESTED, actor, now, why);
        withdrawalReason = why;
    }

    /** The superior agrees and, in the same step, returns the data with a time limit. */
    public void approveWithdrawal(Actor actor, Submission superior, TierCalendar calendar, Instant limit, Instant now) {
        Guards.superiorReviewer(actor, orgPath);
        requireSuperior(superior);
        WithdrawalRules.requirePending(state);
        sendBack(Action.APPROVE_WITHDRAWAL, actor, superior, calendar, withdrawalReason, limit, now);
    }

    /** The superior refuses, saying why; the data stays as it was sent. */
    public void refuseWithdrawal(Actor actor, String reason, Instant now) {
        Guards.superiorReviewer(actor, orgPath);
        WithdrawalRules.requirePending(state);
        String why = Guards.reason(reason);
        move(Action.REFUSE_WITHDRAWAL, WithdrawalRules.stateBeforeRequest(timeline, orgCode), actor, now, why);
        withdrawalReason = null;
    }

    // ---- queries ----

    /** Direct subordinates whose data is not in yet (not sent, or sent back): what the reviewer is warned about. */
    public List<Submission> pendingSubordinates(Collection<Submission> subordinates) {
        requireDirectSubordinates(subordinates);
        return subordinates.stream().filter(s -> s.state.isOpen()).toList();
    }

    /** Until when this unit may still change and send its data: its return's time limit, else its deadline. */
    public Instant closesAt(TierCalendar calendar) {
        return state == RETURNED ? returnLimit : calendar.deadline(quarter(), tier);
    }

    public Completeness completeness() {
        return Completeness.of(state, dataStatus, autoReported);
    }

    private void requireDirectSubordinates(Collection<Submission> subordinates) {
        for (Submission s : subordinates) {
            if (s.quarterKey != quarterKey || !orgPath.equals(Actor.parentPath(s.orgPath))) {
                throw new IllegalArgumentException(s.orgCode + " " + s.quarter() + " is not a direct subordinate of " + orgCode + " " + quarter());
            }
        }
    }

    private void requireSuperior(Submission superior) {
        if (superior.quarterKey != quarterKey || !superior.orgPath.equals(Actor.parentPath(orgPath))) {
            throw new IllegalArgumentException(superior.orgCode + " " + superior.quarter() + " is not the superior of " + orgCode + " " + quarter());
        }
    }

    private void move(Action action, SubmissionState to, Actor actor, Instant now, String reason) {
        timeline.add(new Transition(action, state, to, actor, now, reason));
        state = to;
    }

    public Long getId() { return id; }
    public Quarter quarter() { return Quarter.ofKey(quarterKey); }
    public Long getOrgId() { return orgId; }
    public String getOrgPath() { return orgPath; }
    public String getOrgCode() { return orgCode; }
    public Tier getTier() { return tier; }
    public boolean hasReviewer() { return hasReviewer; }
    public SubmissionState getState() { return state; }
    public DataStatus getDataStatus() { return dataStatus; }
    public boolean isAutoReported() { return autoReported; }
    public Instant getSentAt() { return sentAt; }
    public String getReturnReason() { return returnReason; }
    public Instant getReturnLimit() { return returnLimit; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public List<Transition> getTimeline() { return Collections.unmodifiableList(timeline); }
    public int getVersion() { return version; }
}
