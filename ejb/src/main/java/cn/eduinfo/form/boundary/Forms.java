package cn.eduinfo.form.boundary;

import cn.eduinfo.account.Role;
import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.form.Audience;
import cn.eduinfo.form.CheckResult;
import cn.eduinfo.form.CheckSettings;
import cn.eduinfo.form.FormChecker;
import cn.eduinfo.form.FormData;
import cn.eduinfo.form.FormValueChange;
import cn.eduinfo.form.FormValues;
import cn.eduinfo.form.FormVersion;
import cn.eduinfo.form.ValueChange;
import cn.eduinfo.form.control.FormVersions;
import cn.eduinfo.form.control.PeerSpreads;
import cn.eduinfo.form.control.FormWorkbook;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.org.boundary.OrgSummary;
import cn.eduinfo.reporting.DataStatus;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.Actor;
import cn.eduinfo.reporting.Submission;
import cn.eduinfo.reporting.control.Calendars;
import cn.eduinfo.reporting.control.Submissions;
import cn.eduinfo.shared.ConflictException;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.OutOfScopeException;
import cn.eduinfo.shared.control.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Filling in the quarterly form (第十五、十六条): read in the caller's subtree; saved, confirmed
 * unchanged or uploaded as Excel by the unit's own administrator only. Every save runs the same
 * checks; a refused save stores nothing; a stored one records each changed value and is audited.
 */
@Stateless
@RolesAllowed({"INSPECTOR", "REVIEWER", "ADMINISTRATOR"})
public class Forms {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

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

    @Inject
    CheckSettings settings;

    @Inject
    PeerSpreads peers;

    @Inject
    Calendars calendars;

    @Inject
    Submissions submissions;

    /** The quarter whose form is being filled today. */
    public Quarter quarterToFill() {
        return Quarter.toFill(LocalDate.now(clock.withZone(CHINA)));
    }

    public FormSheet open(long orgId, Quarter quarter) {
        Organisation org = caller.organisationInScope(orgId);
        requireOpen(quarter);
        Optional<FormData> stored = stored(org, quarter);
        FormVersion version = versionOf(org, quarter, stored);
        FormValues previous = previous(org, quarter);
        // A form the quarter's opening prefilled, not yet saved, shows last quarter's values as this version asks them.
        FormValues values = stored.filter(f -> f.getStatus() != DataStatus.NONE).map(FormData::getValues)
                .orElseGet(() -> stored.map(FormData::getValues).orElse(previous).carriedInto(version));
        return new FormSheet(OrgSummary.of(org), quarter, version, values.withDerived(version), previous.withDerived(version),
                stored.map(FormData::getExplanations).orElse(Map.of()), stored.map(FormData::getStatus).orElse(DataStatus.NONE),
                stored.map(FormData::getVersion).orElse(0), editable(org, quarter), calendars.current().window(quarter, org.getTier()));
    }

    /** Saves the typed values (raw, as entered) with the explanations of large changes. */
    public SaveOutcome save(long orgId, Quarter quarter, Map<String, String> raw, Map<String, String> explanations,
                            int rowVersion, FormValueChange.Via via) {
        Organisation org = ownUnit(orgId, quarter);
        FormValues previous = previousOrNull(org, quarter);
        FormData form = formToWrite(org, quarter, rowVersion, previous);
        FormVersion version = versionOf(org, quarter, Optional.of(form));
        CheckResult checked = FormChecker.check(version, FormValues.of(raw), previous, peers.of(org, quarter, form.getKind()),
                explanations, settings);
        if (checked.blocksSaving()) {
            return SaveOutcome.refused(checked.findings(), List.of());
        }
        track(org, quarter, DataStatus.UPDATED);
        return stored(form, form.save(checked, caller.username(), clock.instant()), via, "FORM_SAVED", checked);
    }

    /** 'No change this quarter' for the whole form in one step: last quarter's values, counted as a confirmation. */
    public SaveOutcome confirmUnchanged(long orgId, Quarter quarter, int rowVersion) {
        Organisation org = ownUnit(orgId, quarter);
        FormValues previous = previousOrNull(org, quarter);
        if (previous == null) {
            throw new DomainException("form.confirm.nothingReported");
        }
        FormData form = formToWrite(org, quarter, rowVersion, previous);
        FormVersion version = versionOf(org, quarter, Optional.of(form));
        FormValues carried = previous.carriedInto(version).withDerived(version);
        track(org, quarter, DataStatus.CONFIRMED_UNCHANGED);
        return stored(form, form.confirmUnchanged(carried, caller.username(), clock.instant()), FormValueChange.Via.CONFIRM,
                "FORM_CONFIRMED_UNCHANGED", null);
    }

    /** Every change of one value of the form, oldest first. */
    public List<ValueHistoryLine> history(long orgId, Quarter quarter, String indicator) {
        Organisation org = caller.organisationInScope(orgId);
        return stored(org, quarter).map(form -> em.createQuery("SELECT c FROM FormValueChange c WHERE c.formDataId = :f"
                                + " AND c.indicator = :i ORDER BY c.changedAt, c.id", FormValueChange.class)
                        .setParameter("f", form.getId()).setParameter("i", indicator)
                        .getResultList().stream().map(ValueHistoryLine::of).toList())
                .orElse(List.of());
    }

    /** The form as an Excel template with its current values, to fill offline. */
    public byte[] template(long orgId, Quarter quarter) {
        FormSheet sheet = open(orgId, quarter);
        return FormWorkbook.template(sheet.organisation().code(), sheet.organisation().name(), quarter, sheet.version(),
                sheet.previous(), sheet.values());
    }

    /** A filled template: checked cell by cell like a save; stored only if the whole file passes. */
    public SaveOutcome upload(long orgId, Quarter quarter, byte[] file, int rowVersion) {
        Organisation org = ownUnit(orgId, quarter);
        FormValues previous = previousOrNull(org, quarter);
        FormData form = formToWrite(org, quarter, rowVersion, previous);
        FormVersion version = versionOf(org, quarter, Optional.of(form));
        FormWorkbook.Upload upload = FormWorkbook.read(file, org.getCode(), quarter, version, previous,
                peers.of(org, quarter, form.getKind()), form.getExplanations(), settings);
        if (upload.result().blocksSaving()) {
            return SaveOutcome.refused(upload.cellFindings().stream().map(FormWorkbook.CellFinding::finding).toList(),
                    upload.cellFindings().stream().map(FormWorkbook.CellFinding::cell).toList());
        }
        track(org, quarter, DataStatus.UPDATED);
        return stored(form, form.save(upload.result(), caller.username(), clock.instant()), FormValueChange.Via.EXCEL,
                "FORM_UPLOADED", upload.result());
    }

    /** The unit's quarter records the save; refused (saving nothing) once the data is sent or its time is up (第十九条). */
    private void track(Organisation org, Quarter quarter, DataStatus status) {
        Submission s = submissions.of(org, quarter);
        Actor actor = new Actor(caller.username(), Role.ADMINISTRATOR, org.getPath());
        if (status == DataStatus.CONFIRMED_UNCHANGED) {
            s.recordConfirmedUnchanged(actor, calendars.current(), clock.instant());
        } else {
            s.recordUpdate(actor, calendars.current(), clock.instant());
        }
    }

    /** The caller may change the form now: its own administrator, while the unit's data is not sent and its time runs. */
    private boolean editable(Organisation org, Quarter quarter) {
        if (!isOwnAdministrator(org)) {
            return false;
        }
        Submission s = submissions.find(org, quarter).orElseGet(() -> Submission.open(quarter, org));
        try {
            s.checkEditable(new Actor(caller.username(), Role.ADMINISTRATOR, org.getPath()), calendars.current(), clock.instant());
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    private SaveOutcome stored(FormData form, List<ValueChange> changes, FormValueChange.Via via, String action, CheckResult checked) {
        try {
            if (form.getId() == null) {
                em.persist(form);
            }
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("form.conflict");
        } catch (PersistenceException e) {
            // Two first saves of the same form at once: the second finds the row taken.
            throw new ConflictException("form.conflict");
        }
        for (ValueChange change : changes) {
            em.persist(new FormValueChange(form.getId(), change, caller.username(), via, clock.instant()));
        }
        audit.record(action, "FORM", form.getOrganisation().getCode() + "/" + form.getQuarter(), changes.size() + " values changed");
        return new SaveOutcome(true, form.getVersion(), changes.size(), checked == null ? List.of() : checked.findings(), List.of());
    }

    /** The stored form, checked against the version the writer read; or a new one prefilled from the last report. */
    private FormData formToWrite(Organisation org, Quarter quarter, int rowVersion, FormValues previous) {
        Optional<FormData> stored = stored(org, quarter);
        if (stored.isPresent()) {
            stored.get().requireVersion(rowVersion);
            return stored.get();
        }
        if (rowVersion != 0) {
            throw new ConflictException("form.conflict");
        }
        FormVersion version = versionOf(org, quarter, Optional.empty());
        return FormData.open(org, quarter, version, (previous == null ? FormValues.empty() : previous).carriedInto(version),
                caller.username(), clock.instant());
    }

    /** The caller's own unit, if the caller is its administrator: one look-up, no subtree test needed. */
    private Organisation ownUnit(long orgId, Quarter quarter) {
        Organisation own = caller.account().getOrganisation();
        if (!caller.hasRole(Role.ADMINISTRATOR) || own.getId() != orgId) {
            throw new OutOfScopeException();
        }
        requireOpen(quarter);
        return own;
    }

    private boolean isOwnAdministrator(Organisation org) {
        return caller.hasRole(Role.ADMINISTRATOR) && caller.account().getOrganisation().getId().equals(org.getId());
    }

    /** Forms exist from the catalogue's first quarter up to the current one; the future is not filled in. */
    private void requireOpen(Quarter quarter) {
        Optional<Quarter> first = versions.catalogue().all().stream().map(FormVersion::validFrom).min(Quarter::compareTo);
        if (first.isEmpty() || quarter.isBefore(first.get()) || Quarter.of(LocalDate.now(clock.withZone(CHINA))).isBefore(quarter)) {
            throw new DomainException("form.quarter.notOpen", quarter.toString());
        }
    }

    private FormVersion versionOf(Organisation org, Quarter quarter, Optional<FormData> stored) {
        Audience audience = Audience.of(org.getKind(), org.getSchoolCategory());
        FormVersion version = stored.filter(f -> f.getId() != null)
                .map(f -> versions.catalogue().version(f.getKind(), f.getVersionNumber()))
                .orElseGet(() -> versions.catalogue().versionFor(audience.form(), quarter));
        return version.applicableTo(audience);
    }

    private Optional<FormData> stored(Organisation org, Quarter quarter) {
        return em.createQuery("SELECT f FROM FormData f WHERE f.organisation = :o AND f.quarter = :q", FormData.class)
                .setParameter("o", org).setParameter("q", quarter.key())
                .getResultStream().findFirst();
    }

    /** What the unit last reported before this quarter (any earlier quarter), or nothing for a new unit. */
    private FormValues previousOrNull(Organisation org, Quarter quarter) {
        return em.createQuery("SELECT f FROM FormData f WHERE f.organisation = :o AND f.quarter < :q ORDER BY f.quarter DESC", FormData.class)
                .setParameter("o", org).setParameter("q", quarter.key())
                .setMaxResults(1).getResultStream().findFirst().map(FormData::getValues).orElse(null);
    }

    private FormValues previous(Organisation org, Quarter quarter) {
        FormValues previous = previousOrNull(org, quarter);
        return previous == null ? FormValues.empty() : previous;
    }
}
