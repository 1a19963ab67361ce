package cn.eduinfo.org.view;

import cn.eduinfo.org.boundary.Affiliations;
import cn.eduinfo.org.boundary.OrgSummary;
import cn.eduinfo.org.boundary.Organisations;
import cn.eduinfo.org.boundary.ProposalLine;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** org/affiliations.xhtml: decide the registry's affiliation proposals; move a school within my subtree. */
@Named
@ViewScoped
public class AffiliationsBacking implements Serializable {

    @EJB
    Affiliations affiliations;

    @EJB
    Organisations organisations;

    @Inject
    Messages messages;

    private List<ProposalLine> proposals;
    private List<OrgSummary> authorities;
    private String schoolCode;
    private Long targetId;

    @PostConstruct
    void load() {
        proposals = affiliations.proposals();
        authorities = affiliations.authoritiesInScope();
    }

    public void confirm(ProposalLine p) {
        act(() -> affiliations.confirm(p.id()), "affiliation.confirmed");
    }

    public void reject(ProposalLine p) {
        act(() -> affiliations.reject(p.id()), "affiliation.rejected");
    }

    public void move() {
        OrgSummary school = organisations.search(schoolCode).stream()
                .filter(o -> o.code().equals(schoolCode == null ? "" : schoolCode.strip())).findFirst().orElse(null);
        if (school == null || targetId == null) {
            messages.error("affiliation.schoolNotFound");
            return;
        }
        act(() -> affiliations.move(school.id(), targetId), "affiliation.moved");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey);
        } catch (DomainException e) {
            messages.error(e);
        }
        load();
    }

    public List<ProposalLine> getProposals() { return proposals; }
    public List<OrgSummary> getAuthorities() { return authorities; }
    public String getSchoolCode() { return schoolCode; }
    public void setSchoolCode(String schoolCode) { this.schoolCode = schoolCode; }
    public Long getTargetId() { return targetId; }
    public void setTargetId(Long targetId) { this.targetId = targetId; }
}
