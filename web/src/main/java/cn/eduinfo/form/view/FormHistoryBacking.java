package cn.eduinfo.form.view;

import cn.eduinfo.form.boundary.Forms;
import cn.eduinfo.form.boundary.ValueHistoryLine;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** form/history.xhtml?org=…&quarter=…&indicator=…: every change of one value of a form. */
@Named
@RequestScoped
public class FormHistoryBacking {

    @EJB
    Forms forms;

    @Inject
    Messages messages;

    private Long org;
    private String quarter;
    private String indicator;
    private List<ValueHistoryLine> lines = List.of();

    /** f:viewAction */
    public void load() {
        try {
            lines = forms.history(org == null ? -1 : org, Quarter.parse(quarter), indicator == null ? "" : indicator);
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public List<ValueHistoryLine> getLines() { return lines; }
    public Long getOrg() { return org; }
    public void setOrg(Long org) { this.org = org; }
    public String getQuarter() { return quarter; }
    public void setQuarter(String quarter) { this.quarter = quarter; }
    public String getIndicator() { return indicator; }
    public void setIndicator(String indicator) { this.indicator = indicator; }
}
