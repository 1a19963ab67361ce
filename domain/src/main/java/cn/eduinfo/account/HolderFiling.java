package cn.eduinfo.account;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A change of holder of a provincial education authority's or an MoE university's account, filed
 * with the CEEC (DOMAIN.md, accounts): its staff — the security administrator — see who held the
 * account and who holds it now, and acknowledge it once.
 */
@Entity
@Table(name = "holder_filing")
public class HolderFiling {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "filing_seq")
    @SequenceGenerator(name = "filing_seq", sequenceName = "filing_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", updatable = false)
    private Account account;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Column(name = "previous_holder", nullable = false, updatable = false, length = 50)
    private String previousHolder;

    @Column(name = "new_holder", nullable = false, updatable = false, length = 50)
    private String newHolder;

    @Column(name = "new_position", updatable = false, length = 50)
    private String newPosition;

    @Column(name = "new_phone", updatable = false, length = 20)
    private String newPhone;

    @Column(name = "new_email", updatable = false, length = 100)
    private String newEmail;

    @Column(name = "acknowledged_by", length = 40)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Version
    private int version;

    protected HolderFiling() {
    }

    /**
     * The filing a change of holder ({@link Account#recordPersonalInfo} said so) calls for, if the
     * account is one the CEEC keeps track of: any account of a provincial education authority (the
     * XPCC's bureau included) or of an MoE university.
     */
    public static Optional<HolderFiling> ofChange(Account account, String previousHolder, PersonalInfo now, Instant at) {
        Organisation unit = account.getOrganisation();
        boolean tracked = unit != null && (unit.getKind() == OrgKind.PROVINCE || unit.getKind() == OrgKind.HEI && unit.isMoeAffiliated());
        if (!tracked) {
            return Optional.empty();
        }
        HolderFiling filing = new HolderFiling();
        filing.account = account;
        filing.filedAt = at;
        filing.previousHolder = previousHolder;
        filing.newHolder = now.getRealName();
        filing.newPosition = now.getPosition();
        filing.newPhone = now.getPhone();
        filing.newEmail = now.getEmail();
        return Optional.of(filing);
    }

    public void acknowledge(String by, Instant at) {
        if (acknowledgedAt != null) {
            throw new DomainException("account.filing.acknowledged", acknowledgedBy);
        }
        acknowledgedBy = by;
        acknowledgedAt = at;
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    public Long getId() { return id; }
    public Account getAccount() { return account; }
    public Instant getFiledAt() { return filedAt; }
    public String getPreviousHolder() { return previousHolder; }
    public String getNewHolder() { return newHolder; }
    public String getNewPosition() { return newPosition; }
    public String getNewPhone() { return newPhone; }
    public String getNewEmail() { return newEmail; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
}
