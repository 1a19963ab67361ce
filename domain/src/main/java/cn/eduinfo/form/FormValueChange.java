package cn.eduinfo.form;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One changed value of a form: who, when, old, new, and through what (第二十二条). Unchanged values leave no row. */
@Entity
@Table(name = "form_value_change")
public class FormValueChange {

    /** How a value came in. */
    public enum Via { SCREEN, EXCEL, API, CONFIRM }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "form_seq")
    @SequenceGenerator(name = "form_seq", sequenceName = "form_seq", allocationSize = 50)
    private Long id;

    @Column(name = "form_data_id", nullable = false, updatable = false)
    private Long formDataId;

    @Column(nullable = false, length = 20, updatable = false)
    private String indicator;

    @Column(name = "old_value", length = 500, updatable = false)
    private String oldValue;

    @Column(name = "new_value", length = 500, updatable = false)
    private String newValue;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 40, updatable = false)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Via via;

    protected FormValueChange() {
    }

    public FormValueChange(long formDataId, ValueChange change, String by, Via via, Instant now) {
        this.formDataId = formDataId;
        this.indicator = change.code();
        this.oldValue = change.oldValue();
        this.newValue = change.newValue();
        this.changedBy = by;
        this.via = via;
        this.changedAt = now;
    }

    public String getIndicator() { return indicator; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public Via getVia() { return via; }
}
