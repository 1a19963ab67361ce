package cn.eduinfo.reporting.boundary;

import cn.eduinfo.account.Account;
import cn.eduinfo.account.Role;
import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.form.FormData;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.boundary.OrgSummary;
import cn.eduinfo.reporting.Action;
import cn.eduinfo.reporting.Actor;
import cn.eduinfo.reporting.DataStatus;
import cn.eduinfo.reporting.Notification;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.Submission;
import cn.eduinfo.reporting.SubmissionState;
import cn.eduinfo.reporting.TierCalendar;
import cn.eduinfo.reporting.control.Calendars;
import cn.eduinfo.reporting.control.NotificationsWritten;
import cn.eduinfo.reporting.control.Submissions;
import cn.eduinfo.shared.ConflictException;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.OutOfScopeException;
import cn.eduinfo.shared.SqlDialect;
import cn.eduinfo.shared.control.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The quarterly cycle (第十七~二十条) for people: a unit's quarter and its direct subordinates', and every
 * transition — submit, report, accept, return, withdrawal request and its answer, chase. The target is
 * looked up in the caller's subtree first; the domain then checks role, relation and time. Every
 * transition is audited and, where someone else must act, notifies them.
 */
@Stateless
@RolesAllowed({"INSPECTOR", "REVIEWER", "ADMINISTRATOR"})
public class Reporting {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Submissions submissions;

    @Inject
    Calendars calendars;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<NotificationsWritten> written;

    /** The quarter a unit works on today: the one being filled, or in its reporting month the one being reported. */
    public Quarter currentQuarter() {
        return Quarter.toFill(LocalDate.now(clock.withZone(CHINA)));
    }

    /** The caller's 待办 for the quarter its unit works on today (the home page). */
    public ToDo toDo() {
        Organisation unit = caller.account().getOrganisation();
        Quarter quarter = currentQuarter();
        QuarterStatus own = status(unit.getId(), quarter);
        boolean late = own.state().isOpen() && !clock.instant().isBefore(own.window().start());
        Set<Long> active = activeSubordinates(unit).stream().map(Organisation::getId).collect(Collectors.toSet());
        Map<SubmissionState, Long> below = submissions.ofSubordinates(unit, quarter).stream().filter(s -> active.contains(s.getOrgId()))
                .collect(Collectors.groupingBy(Submission::getState, Collectors.counting()));
        long sent = below.entrySet().stream().filter(e -> e.getKey().isSent()).mapToLong(Map.Entry::getValue).sum();
        long toReview = below.entrySet().stream().filter(e -> e.getKey().awaitsReview()).mapToLong(Map.Entry::getValue).sum();
        return new ToDo(quarter.toString(), own.state(), own.closesAt(), late, toReview,
                below.getOrDefault(SubmissionState.WITHDRAWAL_REQUESTED, 0L), active.size() - sent);
    }

    /** A quarter as written in a link or a path (2026Q3), or the current one when blank or 'current'. */
    public Quarter quarterOrCurrent(String text) {
        return text == null || text.isBlank() || "current".equals(text) ? currentQuarter() : Quarter.parse(text);
    }

    public QuarterStatus status(long orgId, Quarter quarter) {
        Organisation unit = caller.organisationInScope(orgId);
        TierCalendar calendar = calendars.current();
        Submission s = submissions.find(unit, quarter).orElseGet(() -> Submission.open(quarter, unit, formStatus(unit, quarter)));
        Account me = caller.account();
        return new QuarterStatus(OrgSummary.of(unit), quarter, s.getState(), s.completeness(), s.getDataStatus(), s.isAutoReported(),
                s.getSentAt(), s.getReturnReason(), s.getReturnLimit(), s.getWithdrawalReason(), calendar.window(quarter, unit.getTier()),
                s.closesAt(calendar), s.getTimeline().stream().map(TimelineLine::of).toList(), actions(me, unit, s),
                unit.getKind().hasReviewer() ? pending(unit, quarter) : List.of(), s.getVersion());
    }

    /** A unit without a reviewer (school, teaching point) hands in its data. */
    public QuarterStatus submit(long orgId, Quarter quarter) {
        Organisation unit = caller.organisationInScope(orgId);
        Submission s = submissions.of(unit, quarter);
        s.submit(actor(), calendars.current(), clock.instant());
        return written(s, unit, "REPORTING_SUBMITTED", null);
    }

    /**
     * The unit's reviewer reports up. With direct subordinates still out it is refused and told which,
     * unless {@code despitePending}: then the report goes and the late ones stay to be auto-reported.
     */
    public QuarterStatus report(long orgId, Quarter quarter, boolean despitePending) {
        Organisation unit = caller.organisationInScope(orgId);
        List<String> pending = pending(unit, quarter);
        if (!pending.isEmpty() && !despitePending) {
            throw new DomainException("reporting.report.pending", pending.size(), String.join("、", pending.stream().limit(10).toList()));
        }
        Submission s = submissions.of(unit, quarter);
        s.report(actor(), calendars.current(), submissions.ofSubordinates(unit, quarter), clock.instant());
        return written(s, unit, "REPORTING_REPORTED", pending.isEmpty() ? null : pending.size() + " subordinates not in");
    }

    public QuarterStatus accept(long orgId, Quarter quarter) {
        Organisation unit = caller.organisationInScope(orgId);
        Submission s = submissions.of(unit, quarter);
        s.accept(actor(), clock.instant());
        return written(s, unit, "REPORTING_ACCEPTED", null);
    }

    /**
     * Accepts the data of several direct subordinates at once (a reviewer's queue on the reporting days): each is
     * checked as if accepted alone, and one that cannot be (its state changed meanwhile) is named without stopping
     * the others. A unit that is not a direct subordinate of {@code orgId} refuses the whole request.
     */
    public AcceptedMany acceptMany(long orgId, List<Long> orgIds, Quarter quarter) {
        Organisation own = caller.organisationInScope(orgId);
        Actor actor = actor();
        List<String> accepted = new ArrayList<>();
        List<AcceptedMany.NotAccepted> notAccepted = new ArrayList<>();
        for (long id : orgIds) {
            Organisation unit = caller.organisationInScope(id);
            if (unit.getParent() == null || !unit.getParent().getId().equals(own.getId())) {
                throw new OutOfScopeException();
            }
            Submission s = submissions.of(unit, quarter);
            try {
                s.accept(actor, clock.instant());
            } catch (DomainException refused) {
                // The domain checks before it changes anything: the unit is left as it was.
                notAccepted.add(new AcceptedMany.NotAccepted(unit.getName(), refused.key(), refused.args()));
                continue;
            }
            audit.record("REPORTING_ACCEPTED", "SUBMISSION", unit.getCode() + "/" + quarter, null);
            accepted.add(unit.getName());
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("reporting.conflict");
        }
        return new AcceptedMany(accepted, notAccepted);
    }

    /** Sends a subordinate's data back with a reason and a time limit (第二十条); the data as sent is kept. */
    public QuarterStatus returnForCorrection(long orgId, Quarter quarter, String reason, Instant limit) {
        return sendBack(orgId, quarter, "REPORTING_RETURNED",
                (s, superior) -> s.returnForCorrection(actor(), superior, calendars.current(), reason, limit, clock.instant()));
    }

    /** The unit asks its superior to take back what it sent (第十九条). */
    public QuarterStatus requestWithdrawal(long orgId, Quarter quarter, String reason) {
        Organisation unit = caller.organisationInScope(orgId);
        Submission s = submissions.of(unit, quarter);
        s.requestWithdrawal(actor(), calendars.current(), reason, clock.instant());
        notify(unit.getParent(), Notification.Kind.WITHDRAWAL_REQUESTED, quarter, unit.getName() + ": " + s.getWithdrawalReason());
        return written(s, unit, "REPORTING_WITHDRAWAL_REQUESTED", s.getWithdrawalReason());
    }

    /** The superior's reviewer agrees: the data goes back to the unit with a time limit. */
    public QuarterStatus approveWithdrawal(long orgId, Quarter quarter, Instant limit) {
        return sendBack(orgId, quarter, "REPORTING_WITHDRAWAL_APPROVED",
                (s, superior) -> s.approveWithdrawal(actor(), superior, calendars.current(), limit, clock.instant()));
    }

    /** A return or an approved withdrawal: the report as it was sent is kept, and the unit is told why and until when. */
    private QuarterStatus sendBack(long orgId, Quarter quarter, String action, BiConsumer<Submission, Submission> transition) {
        Organisation unit = caller.organisationInScope(orgId);
        if (unit.getParent() == null) {
            throw new DomainException("reporting.notDirectSuperior");
        }
        Submission s = submissions.of(unit, quarter);
        SentCopy sent = SentCopy.of(s);
        transition.accept(s, submissions.of(unit.getParent(), quarter));
        keepAsSent(s, sent);
        notify(unit, Notification.Kind.RETURNED, quarter, s.getReturnReason());
        return written(s, unit, action, s.getReturnReason());
    }

    public QuarterStatus refuseWithdrawal(long orgId, Quarter quarter, String reason) {
        Organisation unit = caller.organisationInScope(orgId);
        Submission s = submissions.of(unit, quarter);
        s.refuseWithdrawal(actor(), reason, clock.instant());
        String why = s.getTimeline().get(s.getTimeline().size() - 1).getReason();
        notify(unit, Notification.Kind.WITHDRAWAL_REFUSED, quarter, why);
        return written(s, unit, "REPORTING_WITHDRAWAL_REFUSED", why);
    }

    /** Every direct subordinate's quarter, by code: the review queue and the chasing screen. */
    public List<SubordinateLine> subordinates(long orgId, Quarter quarter) {
        Organisation unit = caller.organisationInScope(orgId);
        TierCalendar calendar = calendars.current();
        Instant now = clock.instant();
        Map<Long, Submission> byOrg = submissions.ofSubordinates(unit, quarter).stream()
                .collect(Collectors.toMap(Submission::getOrgId, Function.identity()));
        Map<Long, FormData> forms = subordinatesForms(unit, quarter);
        Map<Long, FormData> previous = subordinatesForms(unit, quarter.previous());
        Map<Long, Object[]> contacts = administratorContacts(unit);
        Account me = caller.account();
        return activeSubordinates(unit).stream().map(o -> {
            FormData form = forms.get(o.getId());
            Submission s = byOrg.getOrDefault(o.getId(),
                    Submission.open(quarter, o, form == null ? DataStatus.NONE : form.getStatus()));
            boolean late = s.getState().isOpen() && !now.isBefore(calendar.window(quarter, o.getTier()).start());
            return new SubordinateLine(o.getId(), o.getCode(), o.getName(), o.getKind(), o.getTier(), s.getState(), s.completeness(),
                    s.getSentAt(), calendar.deadline(quarter, o.getTier()), s.getReturnLimit(), s.getWithdrawalReason(),
                    form == null ? 0 : form.getExplanations().size(), changed(form, previous.get(o.getId())), late, actions(me, o, s),
                    (String) contacts.getOrDefault(o.getId(), NO_CONTACT)[0], (String) contacts.getOrDefault(o.getId(), NO_CONTACT)[1]);
        }).toList();
    }

    private static final Object[] NO_CONTACT = {null, null};

    /** Who to call when chasing (催报): each subordinate's administrator, as the holder gave name and phone (第十四条). */
    private Map<Long, Object[]> administratorContacts(Organisation unit) {
        return em.createQuery("SELECT a.organisation.id, a.personalInfo.realName, a.personalInfo.phone FROM Account a"
                        + " WHERE a.organisation.parent = :p AND a.role = :r AND a.enabled = TRUE", Object[].class)
                .setParameter("p", unit).setParameter("r", Role.ADMINISTRATOR).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> new Object[]{r[1], r[2]}, (x, y) -> x));
    }

    private Map<Long, FormData> subordinatesForms(Organisation unit, Quarter quarter) {
        return em.createQuery("SELECT f FROM FormData f WHERE f.quarter = :q AND f.organisation.parent = :p", FormData.class)
                .setParameter("q", quarter.key()).setParameter("p", unit).getResultStream()
                .collect(Collectors.toMap(f -> f.getOrganisation().getId(), Function.identity()));
    }

    private static int changed(FormData form, FormData previous) {
        return form == null || previous == null ? 0 : form.getValues().changesFrom(previous.getValues()).size();
    }

    /** 催报: a notification to every direct subordinate that has not sent its data. */
    public int chase(long orgId, Quarter quarter) {
        Organisation unit = caller.organisationInScope(orgId);
        if (!caller.account().getOrganisation().getId().equals(unit.getId()) || caller.account().getRole() == Role.INSPECTOR) {
            throw new DomainException("reporting.chase.notOwnUnit");
        }
        List<SubordinateLine> open = subordinates(orgId, quarter).stream().filter(l -> l.state().isOpen()).toList();
        for (SubordinateLine line : open) {
            em.persist(new Notification(line.orgId(), Notification.Kind.CHASE, quarter, caller.username(), unit.getName(), clock.instant()));
        }
        written.fire(new NotificationsWritten(open.stream().map(SubordinateLine::orgId).toList(), Notification.Kind.CHASE, quarter.toString(),
                unit.getName()));
        audit.record("REPORTING_CHASED", "QUARTER", unit.getCode() + "/" + quarter, open.size() + " units");
        return open.size();
    }

    /** Withdrawal requests of the unit (outgoing) and of its direct subordinates (incoming), newest first. */
    public List<WithdrawalLine> withdrawals(long orgId, Quarter quarter) {
        Organisation unit = caller.organisationInScope(orgId);
        List<Submission> asked = em.createQuery("SELECT DISTINCT s FROM Submission s JOIN s.timeline t WHERE s.quarterKey = :q"
                        + " AND t.action = cn.eduinfo.reporting.Action.REQUEST_WITHDRAWAL AND (s.orgId = :me OR s.orgId IN"
                        + " (SELECT o.id FROM Organisation o WHERE o.parent = :unit))", Submission.class)
                .setParameter("q", quarter.key()).setParameter("me", unit.getId()).setParameter("unit", unit)
                .getResultList();
        Map<Long, Organisation> orgs = em.createQuery("SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class)
                .setParameter("ids", asked.isEmpty() ? List.of(-1L) : asked.stream().map(Submission::getOrgId).toList())
                .getResultStream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
        return asked.stream().flatMap(s -> Withdrawals.of(s, orgs.get(s.getOrgId()), !s.getOrgId().equals(unit.getId())).stream())
                .sorted((a, b) -> b.requestedAt().compareTo(a.requestedAt())).toList();
    }

    private QuarterStatus written(Submission s, Organisation unit, String action, String detail) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("reporting.conflict");
        }
        audit.record(action, "SUBMISSION", unit.getCode() + "/" + s.quarter(), detail);
        return status(unit.getId(), s.quarter());
    }

    /** What the unit had sent, read before a return unlocks it. */
    private record SentCopy(boolean sent, Instant sentAt, boolean auto) {
        static SentCopy of(Submission s) {
            return new SentCopy(s.getState().isSent(), s.getSentAt(), s.isAutoReported());
        }
    }

    /** A re-report will replace the report: the values as they were sent stay in report_history. */
    private void keepAsSent(Submission s, SentCopy sent) {
        if (!sent.sent() || s.getId() == null) {
            return;
        }
        em.createNativeQuery("INSERT INTO report_history (id, submission_id, sent_at, auto_reported, returned_at, form_values)"
                        + " SELECT " + SqlDialect.of(em).nextId("report_history_seq") + ", ?1, ?2, ?3, ?4, f.form_values"
                        + " FROM form_data f WHERE f.organisation_id = ?5 AND f.quarter = ?6")
                .setParameter(1, s.getId()).setParameter(2, Timestamp.from(sent.sentAt() == null ? clock.instant() : sent.sentAt()))
                .setParameter(3, sent.auto()).setParameter(4, Timestamp.from(clock.instant()))
                .setParameter(5, s.getOrgId()).setParameter(6, s.quarter().key())
                .executeUpdate();
    }

    private void notify(Organisation to, Notification.Kind kind, Quarter quarter, String detail) {
        if (to != null) {
            em.persist(new Notification(to.getId(), kind, quarter, caller.username(), detail, clock.instant()));
            written.fire(new NotificationsWritten(List.of(to.getId()), kind, quarter.toString(), detail));
        }
    }

    private Actor actor() {
        Account me = caller.account();
        return new Actor(me.getUsername(), me.getRole(), me.getOrganisation().getPath());
    }

    /** Names of the active direct subordinates whose data is not in (no submission, or an open one). */
    private List<String> pending(Organisation unit, Quarter quarter) {
        Map<Long, Submission> byOrg = submissions.ofSubordinates(unit, quarter).stream()
                .collect(Collectors.toMap(Submission::getOrgId, Function.identity()));
        return activeSubordinates(unit).stream()
                .filter(o -> !byOrg.containsKey(o.getId()) || byOrg.get(o.getId()).getState().isOpen())
                .map(Organisation::getName).toList();
    }

    private List<Organisation> activeSubordinates(Organisation unit) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.parent = :p AND o.status = :s ORDER BY o.code", Organisation.class)
                .setParameter("p", unit).setParameter("s", OrgStatus.ACTIVE).getResultList();
    }

    private DataStatus formStatus(Organisation unit, Quarter quarter) {
        return submissions.form(unit, quarter).map(FormData::getStatus).orElse(DataStatus.NONE);
    }

    /** The buttons worth showing: the caller's own unit's moves, or a direct superior reviewer's. */
    private static Set<Action> actions(Account me, Organisation unit, Submission s) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        SubmissionState state = s.getState();
        boolean own = me.getOrganisation().getId().equals(unit.getId());
        boolean superiorReviewer = unit.getParent() != null && me.getOrganisation().getId().equals(unit.getParent().getId())
                && me.getRole() == Role.REVIEWER;
        if (own && state.isOpen() && s.getDataStatus() != DataStatus.NONE) {
            if (!unit.getKind().hasReviewer() && me.getRole() == Role.ADMINISTRATOR) {
                actions.add(Action.SUBMIT);
            }
            if (unit.getKind().hasReviewer() && me.getRole() == Role.REVIEWER) {
                actions.add(Action.REPORT);
            }
        }
        if (own && state.isSent() && state != SubmissionState.WITHDRAWAL_REQUESTED && unit.getParent() != null
                && me.getRole() != Role.INSPECTOR) {
            actions.add(Action.REQUEST_WITHDRAWAL);
        }
        if (superiorReviewer && state == SubmissionState.WITHDRAWAL_REQUESTED) {
            actions.add(Action.APPROVE_WITHDRAWAL);
            actions.add(Action.REFUSE_WITHDRAWAL);
        } else if (superiorReviewer && state.isSent()) {
            if (state != SubmissionState.ACCEPTED) {
                actions.add(Action.ACCEPT);
            }
            actions.add(Action.RETURN);
        }
        return actions;
    }
}
