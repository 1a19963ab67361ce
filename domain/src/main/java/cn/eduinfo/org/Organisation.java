package cn.eduinfo.org;

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
import cn.eduinfo.shared.ContactText;
import cn.eduinfo.shared.DomainException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of the reporting tree. Its place is kept as a materialised path of codes
 * ({@code /000000/460000/460100/}) so that subtree queries and scope checks are a prefix test,
 * never a recursive walk, at national scale.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_seq")
    @SequenceGenerator(name = "org_seq", sequenceName = "org_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 10, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private OrgKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "school_category", length = 30)
    private SchoolCategory schoolCategory;

    @Column(name = "moe_affiliated", nullable = false)
    private boolean moeAffiliated;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    @Column(name = "division_code", length = 6)
    private String divisionCode;

    @Column(nullable = false, length = 255)
    private String path;

    @Column(nullable = false)
    private int depth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Tier tier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OrgStatus status = OrgStatus.ACTIVE;

    @Column(name = "status_date")
    private LocalDate statusDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private Organisation successor;

    @Column(name = "enrolment_suspended", nullable = false)
    private boolean enrolmentSuspended;

    /** 第六条: the technical support unit an authority named for its area, and its phone (both or neither). */
    @Column(name = "support_unit", length = 100)
    private String supportUnit;

    @Column(name = "support_phone", length = 20)
    private String supportPhone;

    @Version
    private int version;

    protected Organisation() {
    }

    /** Does not place the unit: each factory calls {@link #place} once every field the tier depends on is set. */
    private Organisation(String code, String name, OrgKind kind, String divisionCode) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.divisionCode = divisionCode;
    }

    public static Organisation moe(String name) {
        Organisation moe = new Organisation(OrgCodes.MOE, name, OrgKind.MOE, OrgCodes.MOE);
        moe.place(null);
        return moe;
    }

    public static Organisation authority(String divisionCode, String name, OrgKind kind, Organisation parent) {
        if (!kind.isAuthority() || kind == OrgKind.MOE) {
            throw new IllegalArgumentException("not a local authority kind: " + kind);
        }
        if (!OrgCodes.isDivisionCode(divisionCode)) {
            throw new IllegalArgumentException("not a division code: " + divisionCode);
        }
        requireAuthorityParent(parent, kind);
        Organisation authority = new Organisation(divisionCode, name, kind, divisionCode);
        authority.place(parent);
        return authority;
    }

    public static Organisation school(String schoolCode, String name, OrgKind kind, Organisation parent, String divisionCode) {
        if (kind.isAuthority()) {
            throw new IllegalArgumentException("not a school kind: " + kind);
        }
        if (!OrgCodes.isSchoolCode(schoolCode)) {
            throw new IllegalArgumentException("not a school identification code: " + schoolCode);
        }
        SchoolCategory category = SchoolCategory.ofCode(schoolCode.substring(0, 2)).orElseThrow();
        if ((kind == OrgKind.HEI) != category.isHigherEducation()) {
            throw new IllegalArgumentException("category " + category + " does not fit kind " + kind);
        }
        if (parent == null || !parent.kind.isAuthority()) {
            throw new IllegalArgumentException("a school belongs to an education authority");
        }
        Organisation school = new Organisation(schoolCode, name, kind, divisionCode);
        school.schoolCategory = category;
        school.moeAffiliated = Placement.isMoeUniversity(kind, parent.kind);
        school.place(parent);
        return school;
    }

    private static void requireAuthorityParent(Organisation parent, OrgKind kind) {
        if (parent == null || !fitsUnder(kind, parent.kind)) {
            throw new IllegalArgumentException(kind + " cannot sit under " + (parent == null ? "nothing" : parent.kind));
        }
    }

    private static boolean fitsUnder(OrgKind kind, OrgKind parentKind) {
        return switch (kind) {
            case PROVINCE -> parentKind == OrgKind.MOE;
            case PREFECTURE -> parentKind == OrgKind.PROVINCE;
            // Municipal districts and province-direct counties sit straight under the province.
            case COUNTY -> parentKind == OrgKind.PREFECTURE || parentKind == OrgKind.PROVINCE;
            default -> false;
        };
    }

    /** Sets parent, path, depth and tier from the place in the tree (also used when affiliation changes). */
    private void place(Organisation newParent) {
        this.parent = newParent;
        Placement placement = Placement.under(newParent == null ? null : newParent.placement(), code, kind, moeAffiliated);
        this.path = placement.path();
        this.depth = placement.depth();
        this.tier = placement.tier();
    }

    public Placement placement() {
        return new Placement(path, depth, tier);
    }

    /** A registry change of name or place that keeps the code (第十条: a rename keeps the code). */
    public void updateFromRegistry(String newName, String newDivisionCode) {
        this.name = Objects.requireNonNull(newName);
        this.divisionCode = newDivisionCode;
    }

    public void close(LocalDate effective) {
        requireActive();
        this.status = OrgStatus.CLOSED;
        this.statusDate = effective;
    }

    /** Merged into {@code into}, which carries on; this code is void from now on. */
    public void mergeInto(Organisation into, LocalDate effective) {
        requireActive();
        if (into == null || !into.isActive() || into == this) {
            throw new DomainException("org.merge.successorInactive");
        }
        this.status = OrgStatus.MERGED;
        this.successor = into;
        this.statusDate = effective;
    }

    /** A closure the registry takes back; a merged unit never comes back. */
    public void reopen(LocalDate effective) {
        if (status != OrgStatus.CLOSED) {
            throw new DomainException("org.reopen.notClosed");
        }
        this.status = OrgStatus.ACTIVE;
        this.statusDate = effective;
    }

    /**
     * A change of affiliation (第十一条). A school, teaching point or HEI moves under any active local
     * authority (an MoE university moved under one is no longer the MoE's). An authority moves only
     * where its kind fits (a county under a prefecture or a province, a prefecture under a province),
     * never into its own subtree; the paths of its units then follow set-based (Affiliations), their
     * parents and tiers stay as they are, since an authority keeps its kind and so its tier.
     */
    public void moveTo(Organisation newParent) {
        checkMoveTo(newParent);
        this.moeAffiliated = false;
        place(newParent);
    }

    /** Refuses a move the tree's shape forbids (the unit stays where it is). */
    public void checkMoveTo(Organisation newParent) {
        if (newParent == null || !newParent.kind.isAuthority() || !newParent.isActive() || newParent.kind == OrgKind.MOE) {
            throw new DomainException("org.move.targetNotAuthority");
        }
        if (newParent == parent) {
            throw new DomainException("org.move.sameParent");
        }
        if (kind.isAuthority()) {
            if (contains(newParent)) {
                throw new DomainException("org.move.intoOwnSubtree");
            }
            if (!fitsUnder(kind, newParent.kind)) {
                throw new DomainException("org.move.authorityLevel");
            }
        }
    }

    /**
     * Whose administrators decide a move under {@code newParent} (第十一条): the nearest authority that is
     * an ancestor of both the old and the new parent, either parent itself included.
     */
    public Organisation moveDecidedBy(Organisation newParent) {
        for (Organisation o = newParent; o != null; o = o.parent) {
            if (o.contains(parent)) {
                return o;
            }
        }
        throw new IllegalStateException(code + " and " + newParent.code + " are not in one tree");
    }

    private void requireActive() {
        if (!isActive()) {
            throw new DomainException("org.notActive", code);
        }
    }

    /** True when {@code other} is this unit or one of its descendants. */
    public boolean contains(Organisation other) {
        return other != null && other.path.startsWith(path);
    }

    public boolean isParentOf(Organisation other) {
        return other != null && other.parent != null && other.parent.id != null && other.parent.id.equals(id);
    }

    /** An authority names its area's technical support unit (第六条); both blank: none. */
    public void setSupport(String unit, String phone) {
        if (!kind.isAuthority()) {
            throw new DomainException("org.support.authoritiesOnly");
        }
        String u = ContactText.stripped(unit);
        String p = ContactText.stripped(phone);
        if (u != null || p != null) {
            if (!ContactText.fits(u, 100, ContactText.PLAIN_TEXT)) {
                throw new DomainException("org.support.unit.invalid");
            }
            if (!ContactText.fits(p, 20, ContactText.PHONE)) {
                throw new DomainException("org.support.phone.invalid");
            }
        }
        this.supportUnit = u;
        this.supportPhone = p;
    }

    /** Whose technical support the unit turns to: its own (an authority's), else the nearest authority above that named one. */
    public Optional<Organisation> supportedBy() {
        for (Organisation o = this; o != null; o = o.parent) {
            if (o.supportUnit != null) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    public String getSupportUnit() {
        return supportUnit;
    }

    public String getSupportPhone() {
        return supportPhone;
    }

    public void setEnrolmentSuspended(boolean suspended) {
        if (kind.isAuthority() || kind == OrgKind.HEI) {
            throw new DomainException("org.enrolmentSuspended.schoolsOnly");
        }
        this.enrolmentSuspended = suspended;
    }

    public boolean isActive() {
        return status == OrgStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrgKind getKind() {
        return kind;
    }

    public SchoolCategory getSchoolCategory() {
        return schoolCategory;
    }

    public boolean isMoeAffiliated() {
        return moeAffiliated;
    }

    public Organisation getParent() {
        return parent;
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public Tier getTier() {
        return tier;
    }

    public OrgStatus getStatus() {
        return status;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public Organisation getSuccessor() {
        return successor;
    }

    public boolean isEnrolmentSuspended() {
        return enrolmentSuspended;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
