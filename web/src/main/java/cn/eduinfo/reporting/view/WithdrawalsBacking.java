package cn.eduinfo.reporting.view;

import cn.eduinfo.org.boundary.Organisations;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.boundary.Reporting;
import cn.eduinfo.reporting.boundary.WithdrawalLine;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * reporting/withdrawals.xhtml?quarter=… ('撤报申请', 第十九条): the withdrawal requests of the caller's own
 * unit (outgoing) and of its direct subordinates (incoming), newest first, each with its outcome: pending,
 * approved (returned) or refused, by whom, when and why. Pending incoming ones are answered on the review page.
 */
@Named
@ViewScoped
public class WithdrawalsBacking implements Serializable {

    @EJB
    Reporting reporting;

    @EJB
    Organisations organisations;

    @Inject
    Messages messages;

    private String quarter;
    private boolean loaded;
    private List<WithdrawalLine> incoming = List.of();
    private List<WithdrawalLine> outgoing = List.of();

    /** f:viewAction */
    public void load() {
        try {
            Quarter q = reporting.quarterOrCurrent(quarter);
            quarter = q.toString();
            List<WithdrawalLine> all = reporting.withdrawals(organisations.mine().id(), q);
            incoming = all.stream().filter(WithdrawalLine::incoming).toList();
            outgoing = all.stream().filter(w -> !w.incoming()).toList();
            loaded = true;
        } catch (DomainException e) {
            incoming = List.of();
            outgoing = List.of();
            messages.error(e);
        }
    }

    public boolean isLoaded() { return loaded; }
    public String getPrevious() { return Quarter.parse(quarter).previous().toString(); }
    public String getNext() { return Quarter.parse(quarter).next().toString(); }
    public List<WithdrawalLine> getIncoming() { return incoming; }
    public List<WithdrawalLine> getOutgoing() { return outgoing; }
    public String getQuarter() { return quarter; }
    public void setQuarter(String quarter) { this.quarter = quarter; }
}
