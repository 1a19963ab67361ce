package cn.eduinfo.org.view;

import cn.eduinfo.account.boundary.AccountSummary;
import cn.eduinfo.account.boundary.Accounts;
import cn.eduinfo.org.boundary.AsOf;
import cn.eduinfo.org.boundary.EventLine;
import cn.eduinfo.org.boundary.OrgSummary;
import cn.eduinfo.org.boundary.Organisations;
import cn.eduinfo.org.boundary.SupportContact;
import cn.eduinfo.org.boundary.UnitAsOf;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import cn.eduinfo.shared.Unreplicated;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** org/detail.xhtml?id=…: one unit of my subtree; a deep link outside it shows a refusal and nothing else. */
@Named
@ViewScoped
public class OrgDetailBacking implements Serializable {

    @EJB
    Organisations organisations;

    @EJB
    Accounts accounts;

    @Inject
    Messages messages;

    private Long id;
    private OrgSummary org;
    private List<OrgSummary> trail = List.of();
    /** Every direct subordinate. */
    private final Unreplicated<List<OrgSummary>> children = new Unreplicated<>();
    private long subtreeSize;
    private List<AccountSummary> accountList = List.of();
    private List<EventLine> events = List.of();
    private LocalDate asOfDate;
    private AsOf asOf;
    private final Unreplicated<List<UnitAsOf>> childrenAsOf = new Unreplicated<>();
    /** 第六条: the support unit an authority's administrator names on its own page. */
    private String supportUnit;
    private String supportPhone;
    /** The caller's own unit: read once, where the page asks for it at each render. */
    private long mine;

    /** f:viewAction */
    public void load() {
        mine = organisations.mine().id();
        if (id == null) {
            messages.error("error.outOfScope");
            return;
        }
        try {
            org = organisations.find(id);
            trail = organisations.trail(id);
            children.read(this::children);
            subtreeSize = organisations.subtreeSize(id);
            events = organisations.events(id);
            if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMINISTRATOR") && isDirectSubordinate()) {
                accountList = accounts.of(id);
            }
            if (isOwnAuthority()) {
                SupportContact support = organisations.support();
                boolean named = support != null && support.authorityCode().equals(org.code());
                supportUnit = named ? support.unit() : null;
                supportPhone = named ? support.phone() : null;
            }
        } catch (DomainException e) {
            // Nothing of a refused unit is shown, nor read again where the view is restored elsewhere.
            org = null;
            children.clear();
            messages.error(e);
        }
    }

    private boolean isDirectSubordinate() {
        return org.parentId() != null && org.parentId() == mine;
    }

    private List<OrgSummary> children() {
        return org.isLeaf() ? List.of() : organisations.children(org.id());
    }

    private List<UnitAsOf> childrenAsOf() {
        return asOf == null || !asOf.existed() || org.isLeaf() ? List.of() : organisations.childrenAsOf(org.id(), asOfDate);
    }

    public boolean isOwnSchool() {
        return org != null && !org.kind().isAuthority() && org.id() == mine;
    }

    public boolean isOwnAuthority() {
        return org != null && org.kind().isAuthority() && org.id() == mine;
    }

    public void saveSupport() {
        try {
            organisations.setSupport(org.id(), supportUnit, supportPhone);
            messages.info("org.saved");
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void toggleEnrolmentSuspended() {
        try {
            org = organisations.setEnrolmentSuspended(org.id(), !org.enrolmentSuspended());
            messages.info("org.saved");
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    /** The unit and its direct subordinates as they stood on the chosen date. */
    public void showAsOf() {
        try {
            asOf = asOfDate == null ? null : organisations.asOf(org.id(), asOfDate);
            childrenAsOf.read(this::childrenAsOf);
        } catch (DomainException e) {
            childrenAsOf.clear();
            messages.error(e);
        }
    }

    public LocalDate getAsOfDate() { return asOfDate; }
    public void setAsOfDate(LocalDate asOfDate) { this.asOfDate = asOfDate; }
    public AsOf getAsOf() { return asOf; }
    public List<UnitAsOf> getChildrenAsOf() { return childrenAsOf.get(this::childrenAsOf, List.of()); }
    public String getSupportUnit() { return supportUnit; }
    public void setSupportUnit(String supportUnit) { this.supportUnit = supportUnit; }
    public String getSupportPhone() { return supportPhone; }
    public void setSupportPhone(String supportPhone) { this.supportPhone = supportPhone; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public OrgSummary getOrg() { return org; }
    public List<OrgSummary> getTrail() { return trail; }
    public List<OrgSummary> getChildren() { return children.get(this::children, List.of()); }
    public long getSubtreeSize() { return subtreeSize; }
    public List<AccountSummary> getAccountList() { return accountList; }
    public List<EventLine> getEvents() { return events; }
}
