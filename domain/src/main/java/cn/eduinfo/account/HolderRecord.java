package cn.eduinfo.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One period in which one person held an account, with the contact details they gave. */
@Entity
@Table(name = "account_holder")
public class HolderRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holder_seq")
    @SequenceGenerator(name = "holder_seq", sequenceName = "holder_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Embedded
    private PersonalInfo info;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    protected HolderRecord() {
    }

    HolderRecord(Account account, PersonalInfo info, Instant from) {
        this.account = account;
        this.info = info;
        this.validFrom = from;
    }

    void end(Instant at) {
        this.validTo = at;
    }

    public boolean isCurrent() {
        return validTo == null;
    }

    public Long getId() {
        return id;
    }

    public PersonalInfo getInfo() {
        return info;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidTo() {
        return validTo;
    }
}
