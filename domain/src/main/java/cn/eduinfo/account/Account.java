package cn.eduinfo.account;

import cn.eduinfo.org.Organisation;
import cn.eduinfo.shared.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An account of an organisation (one per role) or of platform staff. Generated accounts have no
 * usable password until their superior issues initial credentials; the holder must then change
 * it and give their personal information at first login.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.EMAILS_OF_ROLE, query = "SELECT a.personalInfo.email FROM Account a WHERE a.role = :role AND a.enabled = TRUE"
        + " AND a.personalInfo.email IS NOT NULL")
public class Account {

    /** The e-mail addresses the enabled holders of a role gave (parameter {@code role}), as the system tells them what no one watched. */
    public static final String EMAILS_OF_ROLE = "Account.emailsOfRole";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(nullable = false)
    private boolean enabled = true;

    /** The phase-1 account's name this account answers to at login as well (notice §1(1)); unique among names and aliases. */
    @Column(name = "phase1_alias", unique = true, length = 40)
    private String phase1Alias;

    @Embedded
    private PersonalInfo personalInfo = new PersonalInfo(null, null, null, null);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.PERSIST)
    @OrderBy("validFrom DESC")
    private List<HolderRecord> holders = new ArrayList<>();

    @Version
    private int version;

    protected Account() {
    }

    private Account(String username, Role role, Organisation organisation, Instant now) {
        this.username = username;
        this.role = role;
        this.organisation = organisation;
        this.createdAt = now;
    }

    /** The account of {@code role} that {@code org} gets when it appears; no password yet. */
    public static Account generated(Organisation org, Role role, Instant now) {
        if (!AccountRules.rolesFor(org.getKind()).contains(role)) {
            throw new IllegalArgumentException(org.getKind() + " has no " + role + " account");
        }
        return new Account(role.usernameFor(org.getCode()), role, org, now);
    }

    public static Account platform(String username, Role role, Organisation moe, Instant now) {
        if (!role.isPlatform()) {
            throw new IllegalArgumentException(role + " is not a platform role");
        }
        return new Account(username, role, moe, now);
    }

    /** Checks a password and keeps the failure count and lock-out (5 failures → 15 minutes by default). */
    public LoginOutcome attemptLogin(String password, Instant now, LockoutPolicy policy) {
        if (!enabled) {
            return LoginOutcome.DISABLED;
        }
        if (isLocked(now)) {
            return LoginOutcome.LOCKED;
        }
        if (lockedUntil != null) {
            // A lock that has run out starts a fresh count.
            lockedUntil = null;
            failedAttempts = 0;
        }
        if (passwordHash == null) {
            return LoginOutcome.NOT_ISSUED;
        }
        if (!PasswordHasher.matches(password, passwordHash)) {
            failedAttempts++;
            if (failedAttempts >= policy.maxFailures()) {
                lockedUntil = now.plus(policy.lockFor());
                return LoginOutcome.LOCKED;
            }
            return LoginOutcome.BAD_CREDENTIALS;
        }
        failedAttempts = 0;
        return LoginOutcome.SUCCESS;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The holder's own change: the current password must be given and the new one obey the policy. */
    public void changePassword(String current, String newPassword) {
        changePassword(current, newPassword, PasswordPolicy.MIN_LENGTH);
    }

    /** @param minLength the security policy's minimum length (SecurityPolicy) */
    public void changePassword(String current, String newPassword, int minLength) {
        if (!PasswordHasher.matches(current, passwordHash)) {
            throw new DomainException("password.currentWrong");
        }
        if (PasswordHasher.matches(newPassword, passwordHash)) {
            throw new DomainException("password.sameAsCurrent");
        }
        List<String> broken = PasswordPolicy.violations(newPassword, username, minLength);
        if (!broken.isEmpty()) {
            throw new DomainException(broken.get(0), Math.max(minLength, PasswordPolicy.MIN_LENGTH));
        }
        passwordHash = PasswordHasher.hash(newPassword);
        mustChangePassword = false;
    }

    /** Issues a one-time initial password (reset or first hand-out); returns it in clear once. */
    public String issueInitialPassword() {
        String initial = PasswordHasher.initialPassword();
        passwordHash = PasswordHasher.hash(initial);
        mustChangePassword = true;
        failedAttempts = 0;
        lockedUntil = null;
        return initial;
    }

    /** A one-time password chosen by whoever installs the system; the holder must change it. */
    public void setInitialPassword(String password) {
        passwordHash = PasswordHasher.hash(password);
        mustChangePassword = true;
    }

    /** Demo accounts only: a known password that is not forced to change. */
    public void setKnownPassword(String password) {
        passwordHash = PasswordHasher.hash(password);
        mustChangePassword = false;
    }

    /**
     * Records the holder's personal information. Returns true when a different person now holds the
     * account (a change of holder), false when the same person updated their details.
     */
    public boolean recordPersonalInfo(PersonalInfo info, Instant now) {
        List<String> broken = info.violations();
        if (!broken.isEmpty()) {
            throw new DomainException(broken.get(0));
        }
        PersonalInfo previous = getPersonalInfo();
        boolean holderChanged = previous.getRealName() != null && !info.sameHolderAs(previous);
        holders.stream().filter(HolderRecord::isCurrent).forEach(h -> h.end(now));
        holders.add(0, new HolderRecord(this, info, now));
        personalInfo = info;
        return holderChanged;
    }

    /**
     * Links this account to a phase-1 account (账号关联): only a school's own administrator, and only to the
     * phase-1 account the register lists for that school's code. Another link replaces the first.
     */
    public void linkPhase1(Phase1Account phase1) {
        checkLink(phase1);
        phase1Alias = phase1.getUsername();
    }

    /** The rules of {@link #linkPhase1}, checked without changing anything. */
    public void checkLink(Phase1Account phase1) {
        if (!mayLinkPhase1()) {
            throw new DomainException("phase1.notSchoolAdministrator");
        }
        if (!phase1.getSchoolCode().equals(organisation.getCode())) {
            throw new DomainException("phase1.notYours", phase1.getUsername());
        }
    }

    public void unlinkPhase1() {
        if (phase1Alias == null) {
            throw new DomainException("phase1.notLinked");
        }
        phase1Alias = null;
    }

    /** Phase 1 had accounts for schools only: the administrator of a school, teaching point or HEI. */
    public boolean mayLinkPhase1() {
        return role == Role.ADMINISTRATOR && organisation != null && !organisation.getKind().isAuthority();
    }

    public String getPhase1Alias() {
        return phase1Alias;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Whether the holder must still act before using the system (forced change, personal information). */
    public boolean needsFirstLoginSetup() {
        return mustChangePassword || (!role.isPlatform() && !getPersonalInfo().isComplete());
    }

    public boolean isHandedOut() {
        return passwordHash != null && !mustChangePassword;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Role getRole() {
        return role;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Never null: EclipseLink reads an all-null embeddable back as null. */
    public PersonalInfo getPersonalInfo() {
        return personalInfo == null ? new PersonalInfo(null, null, null, null) : personalInfo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<HolderRecord> getHolders() {
        return Collections.unmodifiableList(holders);
    }

    public int getVersion() {
        return version;
    }
}
