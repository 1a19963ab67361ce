package cn.eduinfo.form;

import cn.eduinfo.org.Organisation;
import cn.eduinfo.reporting.DataStatus;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.ConflictException;
import cn.eduinfo.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An organisation's form for one quarter: every value in one row (a flat JSON object), tied to the
 * form version it was filled under. A save that any hard check or unexplained large change
 * refuses changes nothing; a save that passes returns the values it changed, for the history.
 */
@Entity
@Table(name = "form_data")
public class FormData {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "form_seq")
    @SequenceGenerator(name = "form_seq", sequenceName = "form_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @Column(nullable = false, updatable = false)
    private int quarter;

    @Enumerated(EnumType.STRING)
    @Column(name = "form_kind", nullable = false, length = 10, updatable = false)
    private FormKind kind;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "form_values", nullable = false, length = 100000)
    private String values;

    @Column(nullable = false, length = 100000)
    private String explanations;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_status", nullable = false, length = 20)
    private DataStatus status = DataStatus.NONE;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    @Version
    private int version;

    protected FormData() {
    }

    /** This quarter's form, prefilled with what the unit last reported (第十五条). */
    public static FormData open(Organisation org, Quarter quarter, FormVersion formVersion, FormValues prefill, String by, Instant now) {
        FormData form = new FormData();
        form.organisation = org;
        form.quarter = quarter.key();
        form.kind = formVersion.kind();
        form.versionNumber = formVersion.number();
        form.values = prefill.toJson();
        form.explanations = FormValues.empty().toJson();
        form.updatedBy = by;
        form.updatedAt = now;
        return form;
    }

    /** Stores checked values as an update; refuses (changing nothing) what the checks block. */
    public List<ValueChange> save(CheckResult checked, String by, Instant now) {
        if (checked.blocksSaving()) {
            throw new DomainException("form.save.blocked", checked.findings().size());
        }
        return replace(checked.values(), checked.explanations(), DataStatus.UPDATED, by, now);
    }

    /**
     * 'Unchanged' for the whole form in one step (第十六条): last quarter's values carried as they
     * were, counted as a confirmation, not an update.
     */
    public List<ValueChange> confirmUnchanged(FormValues carried, String by, Instant now) {
        return replace(carried, Map.of(), DataStatus.CONFIRMED_UNCHANGED, by, now);
    }

    private List<ValueChange> replace(FormValues newValues, Map<String, String> newExplanations, DataStatus newStatus,
                                      String by, Instant now) {
        List<ValueChange> changes = newValues.changesFrom(getValues());
        this.values = newValues.toJson();
        this.explanations = FormValues.of(newExplanations).toJson();
        this.status = newStatus;
        this.updatedBy = by;
        this.updatedAt = now;
        return changes;
    }

    /** Optimistic locking for people: a save based on an older read is refused, and says so. */
    public void requireVersion(int expected) {
        if (expected != version) {
            throw new ConflictException("form.conflict");
        }
    }

    public FormValues getValues() { return FormValues.fromJson(values); }
    public Map<String, String> getExplanations() { return FormValues.fromJson(explanations).asMap(); }
    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public Quarter getQuarter() { return Quarter.ofKey(quarter); }
    public FormKind getKind() { return kind; }
    public int getVersionNumber() { return versionNumber; }
    public DataStatus getStatus() { return status; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public int getVersion() { return version; }
}
