package cn.eduinfo.form.boundary;

import cn.eduinfo.account.Role;
import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.form.Catalogue;
import cn.eduinfo.form.FormChanges;
import cn.eduinfo.form.FormKind;
import cn.eduinfo.form.FormVersion;
import cn.eduinfo.form.StoredFormVersion;
import cn.eduinfo.form.control.CatalogueWorkbook;
import cn.eduinfo.form.control.FormVersions;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.OutOfScopeException;
import cn.eduinfo.shared.control.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The indicator catalogue: every version of the three forms, readable by everyone who fills or
 * reads forms, exported as Excel; a new version (from a chosen quarter on) is made by the platform
 * owner, the MoE's administrator, by importing an edited export (the notice's 'indicator extension').
 */
@Stateless
@RolesAllowed({"INSPECTOR", "REVIEWER", "ADMINISTRATOR"})
public class IndicatorCatalogue {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    FormVersions versions;

    public List<VersionLine> versions() {
        return versions.stored().stream().map(VersionLine::of).toList();
    }

    public byte[] export(FormKind kind, int number) {
        return CatalogueWorkbook.export(versions.catalogue().version(kind, number));
    }

    /** Only the MoE's administrator manages the catalogue. */
    public boolean mayManage() {
        return caller.hasRole(Role.ADMINISTRATOR) && caller.account().getOrganisation().getKind() == OrgKind.MOE;
    }

    /**
     * A new version of a form valid from {@code from} on, as the edited workbook defines it; quarters
     * before it, and any quarter already holding data, keep the version they were filled under.
     */
    @RolesAllowed("ADMINISTRATOR")
    public VersionLine importVersion(FormKind kind, Quarter from, byte[] workbook) {
        requireManager();
        CatalogueWorkbook.Draft draft = CatalogueWorkbook.read(workbook);
        if (draft.kind() != kind) {
            throw new DomainException("form.catalogue.otherForm", draft.kind(), kind);
        }
        return create(kind, from, FormChanges.replacingAll(draft.indicators(), draft.rules()), "imported");
    }

    /** On screen: a new version without one indicator (a formula or rule still naming it refuses the change). */
    @RolesAllowed("ADMINISTRATOR")
    public VersionLine retire(FormKind kind, Quarter from, String code) {
        requireManager();
        return create(kind, from, FormChanges.none().retire(code), "retired " + code);
    }

    /** On screen: a new version with one more typed indicator, asked of every unit that fills the form. */
    @RolesAllowed("ADMINISTRATOR")
    public VersionLine add(FormKind kind, Quarter from, NewIndicator spec) {
        requireManager();
        return create(kind, from, FormChanges.none().add(spec.toIndicator(kind)), "added " + spec.code());
    }

    private VersionLine create(FormKind kind, Quarter from, FormChanges changes, String what) {
        Integer lastWithData = em.createQuery("SELECT MAX(f.quarter) FROM FormData f WHERE f.kind = :k", Integer.class)
                .setParameter("k", kind).getSingleResult();
        Catalogue next = versions.catalogue().newVersion(kind, from, changes, lastWithData == null ? null : Quarter.ofKey(lastWithData));
        FormVersion created = next.latest(kind);
        StoredFormVersion stored = new StoredFormVersion(created, caller.username(), clock.instant());
        em.persist(stored);
        versions.changed();
        audit.record("CATALOGUE_VERSION_CREATED", "FORM_VERSION", kind + "#" + created.number(),
                what + "; valid from " + from + ", " + created.indicators().size() + " indicators, " + created.rules().size() + " rules");
        return VersionLine.of(stored);
    }

    private void requireManager() {
        if (!mayManage()) {
            throw new OutOfScopeException();
        }
    }
}
