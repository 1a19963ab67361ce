package cn.eduinfo.form;

import cn.eduinfo.reporting.Quarter;
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

/**
 * A form version as stored: its definition in the catalogue's text format (catalogue-format.md).
 * A version never changes once stored; a change of the catalogue is a new version.
 */
@Entity
@Table(name = "form_version")
public class StoredFormVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "form_seq")
    @SequenceGenerator(name = "form_seq", sequenceName = "form_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "form_kind", nullable = false, length = 10, updatable = false)
    private FormKind kind;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private int validFrom;

    @Column(nullable = false, length = 500000, updatable = false)
    private String definition;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 40, updatable = false)
    private String createdBy;

    protected StoredFormVersion() {
    }

    public StoredFormVersion(FormVersion version, String by, Instant now) {
        this.kind = version.kind();
        this.number = version.number();
        this.validFrom = version.validFrom().key();
        this.definition = version.toCsv();
        this.createdBy = by;
        this.createdAt = now;
    }

    public FormVersion toVersion() {
        return FormVersion.fromCsv(definition);
    }

    public Long getId() { return id; }
    public FormKind getKind() { return kind; }
    public int getNumber() { return number; }
    public Quarter getValidFrom() { return Quarter.ofKey(validFrom); }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
