package cn.eduinfo.org.boundary;

import cn.eduinfo.account.Role;
import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.org.OrgEvent;
import cn.eduinfo.org.OrgHistory;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.OutOfScopeException;
import cn.eduinfo.shared.control.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The organisation tree as the caller may see it: its own unit and its subtree, nothing else. */
@Stateless
@RolesAllowed({"INSPECTOR", "REVIEWER", "ADMINISTRATOR", "SYSTEM_ADMIN", "SECURITY_ADMIN"})
public class Organisations {

    public static final int MAX_SEARCH_RESULTS = 100;
    public static final int MAX_QUERY_LENGTH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    public OrgSummary mine() {
        return OrgSummary.of(caller.account().getOrganisation());
    }

    public OrgSummary find(long id) {
        return OrgSummary.of(caller.organisationInScope(id));
    }

    /** The organisations from the caller's own unit down to {@code id}, for a breadcrumb. */
    public List<OrgSummary> trail(long id) {
        Organisation target = caller.organisationInScope(id);
        Organisation root = caller.account().getOrganisation();
        String below = target.getPath().substring(root.getPath().length());
        List<String> codes = Stream.concat(Stream.of(root.getCode()), Arrays.stream(below.split("/")))
                .filter(c -> !c.isEmpty()).toList();
        return em.createQuery("SELECT o FROM Organisation o WHERE o.code IN :codes ORDER BY o.depth", Organisation.class)
                .setParameter("codes", codes)
                .getResultList().stream().map(OrgSummary::of).toList();
    }

    public List<OrgSummary> children(long id) {
        Organisation parent = caller.organisationInScope(id);
        return em.createQuery("SELECT o FROM Organisation o WHERE o.parent = :p ORDER BY o.kind, o.code", Organisation.class)
                .setParameter("p", parent)
                .getResultList().stream().map(OrgSummary::of).toList();
    }

    /** Searches the caller's subtree by code prefix or a part of the name (at most 100 hits). */
    public List<OrgSummary> search(String text) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new DomainException("search.tooLong", MAX_QUERY_LENGTH);
        }
        String root = caller.account().getOrganisation().getPath();
        return em.createQuery("SELECT o FROM Organisation o WHERE o.path LIKE :root"
                        + " AND (o.code LIKE :code OR o.name LIKE :name ESCAPE '\\') ORDER BY o.depth, o.code", Organisation.class)
                .setParameter("root", root + "%")
                .setParameter("code", q.chars().allMatch(Character::isDigit) ? q + "%" : "-")
                .setParameter("name", "%" + escapeLike(q) + "%")
                .setMaxResults(MAX_SEARCH_RESULTS)
                .getResultList().stream().map(OrgSummary::of).toList();
    }

    public long subtreeSize(long id) {
        Organisation root = caller.organisationInScope(id);
        return em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.path LIKE :root", Long.class)
                .setParameter("root", root.getPath() + "%")
                .getSingleResult();
    }

    /** The unit's dated history: additions, renames, closures, mergers, moves (第二十二条). */
    public List<EventLine> events(long id) {
        return eventsOf(caller.organisationInScope(id)).stream().map(EventLine::of).toList();
    }

    /** The unit as it stood on {@code date}, read back from its events. */
    public AsOf asOf(long id, LocalDate date) {
        Organisation org = caller.organisationInScope(id);
        return OrgHistory.asOf(eventsOf(org), date, OrgEvent.describe(org))
                .map(state -> new AsOf(date, true, state))
                .orElseGet(() -> new AsOf(date, false, null));
    }

    /**
     * The direct subordinates of a unit as they stood on {@code date}, so that the tree can be walked
     * down as of any date: today's subordinates and the units that have moved to or from it since,
     * each read back from its events.
     */
    public List<UnitAsOf> childrenAsOf(long id, LocalDate date) {
        Organisation parent = caller.organisationInScope(id);
        List<Organisation> candidates = em.createQuery("SELECT o FROM Organisation o LEFT JOIN FETCH o.parent WHERE o.parent = :p"
                        + " OR o.id IN (SELECT e.organisation.id FROM OrgEvent e WHERE e.type = cn.eduinfo.org.OrgEvent.Type.MOVED"
                        + " AND (e.before LIKE :mention OR e.after LIKE :mention))", Organisation.class)
                .setParameter("p", parent)
                .setParameter("mention", "% · " + parent.getCode() + " · %")
                .getResultList();
        Map<Long, List<OrgEvent>> events = candidates.isEmpty() ? Map.of()
                : em.createQuery("SELECT e FROM OrgEvent e WHERE e.organisation IN :c ORDER BY e.effective, e.id", OrgEvent.class)
                .setParameter("c", candidates).getResultStream()
                .collect(Collectors.groupingBy(e -> e.getOrganisation().getId()));
        return candidates.stream()
                .flatMap(o -> OrgHistory.asOf(events.getOrDefault(o.getId(), List.of()), date, OrgEvent.describe(o)).stream()
                        .map(OrgHistory.State::parse)
                        .filter(state -> state.isUnder(parent.getCode()))
                        .map(state -> new UnitAsOf(o.getId(), o.getCode(), o.getKind(), state.name(), state.status())))
                .sorted(Comparator.comparing(UnitAsOf::kind).thenComparing(UnitAsOf::code))
                .toList();
    }

    /** The technical support the caller's unit turns to (第六条): its own authority's, else the nearest named above it; null if none. */
    @PermitAll
    public SupportContact support() {
        return SupportContact.of(caller.account().getOrganisation()).orElse(null);
    }

    /** An authority's administrator names its area's technical support unit (第六条); both blank: none. */
    @RolesAllowed("ADMINISTRATOR")
    public SupportContact setSupport(long id, String unit, String phone) {
        Organisation own = caller.account().getOrganisation();
        if (!caller.hasRole(Role.ADMINISTRATOR) || own.getId() != id) {
            throw new OutOfScopeException();
        }
        own.setSupport(unit, phone);
        audit.record("ORG_SUPPORT_SET", "ORGANISATION", own.getCode(),
                own.getSupportUnit() == null ? "none" : own.getSupportUnit() + " " + own.getSupportPhone());
        return SupportContact.of(own).orElse(null);
    }

    /** 暂停招生: kept by the school's own administrator (第十一条). */
    @RolesAllowed("ADMINISTRATOR")
    public OrgSummary setEnrolmentSuspended(long id, boolean suspended) {
        Organisation own = caller.account().getOrganisation();
        if (!caller.hasRole(Role.ADMINISTRATOR) || own.getId() != id) {
            throw new OutOfScopeException();
        }
        own.setEnrolmentSuspended(suspended);
        audit.record(suspended ? "ORG_ENROLMENT_SUSPENDED" : "ORG_ENROLMENT_RESUMED", "ORGANISATION", own.getCode(), own.getName());
        return OrgSummary.of(own);
    }

    private List<OrgEvent> eventsOf(Organisation org) {
        return em.createQuery("SELECT e FROM OrgEvent e WHERE e.organisation = :o ORDER BY e.effective, e.id", OrgEvent.class)
                .setParameter("o", org).getResultList();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
