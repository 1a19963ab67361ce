package cn.eduinfo.reporting.view;

import cn.eduinfo.org.boundary.Organisations;
import cn.eduinfo.reporting.Action;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.boundary.QuarterStatus;
import cn.eduinfo.reporting.boundary.Reporting;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.LanguageBacking;
import cn.eduinfo.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * reporting/quarter.xhtml?org=…&quarter=… ('本季度'): where a unit's quarter stands, until when it may still
 * send, its timeline, and the caller's own unit's moves: submit, report (warned about subordinates still
 * out, then 'report anyway'), request a withdrawal. Defaults: the caller's own unit, the current quarter.
 */
@Named
@ViewScoped
public class QuarterBacking implements Serializable {

    private static final String PENDING = "reporting.report.pending";

    @EJB
    Reporting reporting;

    @EJB
    Organisations organisations;

    @Inject
    Messages messages;

    @Inject
    LanguageBacking language;

    @Inject
    Clock clock;

    private Long org;
    private String quarter;
    private QuarterStatus status;
    private boolean own;
    private String pendingWarning;
    private String withdrawalReason;

    /** f:viewAction */
    public void load() {
        try {
            ShownUnit shown = ShownUnit.of(reporting, organisations, org, quarter);
            quarter = shown.quarter().toString();
            org = shown.org();
            own = shown.own();
            status = reporting.status(org, shown.quarter());
        } catch (DomainException e) {
            status = null;
            messages.error(e);
        }
    }

    public void submit() {
        act(() -> reporting.submit(org, q()), "reporting.submitted");
    }

    /** Refused while direct subordinates are out: the refusal, naming them, becomes the warning beside 'report anyway'. */
    public void report() {
        try {
            status = reporting.report(org, q(), false);
            pendingWarning = null;
            messages.info("reporting.reported");
        } catch (DomainException e) {
            if (PENDING.equals(e.key())) {
                pendingWarning = messages.get(language.getLocale(), e);
                refresh();
            } else {
                messages.error(e);
                refresh();
            }
        }
    }

    public void reportAnyway() {
        if (act(() -> reporting.report(org, q(), true), "reporting.reported")) {
            pendingWarning = null;
        }
    }

    public void requestWithdrawal() {
        if (act(() -> reporting.requestWithdrawal(org, q(), withdrawalReason), "reporting.withdrawalRequested")) {
            withdrawalReason = null;
        }
    }

    private boolean act(Supplier<QuarterStatus> action, String doneKey) {
        try {
            status = action.get();
            messages.info(doneKey);
            return true;
        } catch (DomainException e) {
            messages.error(e);
            refresh();
            return false;
        }
    }

    /** After a refusal: someone else may have moved the quarter meanwhile. */
    private void refresh() {
        try {
            status = reporting.status(org, q());
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    private Quarter q() {
        return Quarter.parse(quarter);
    }

    /** Whether the caller's own unit may try this move now (the domain still checks it). */
    public boolean can(String action) {
        return own && status != null && status.actions().contains(Action.valueOf(action));
    }

    /** Days and hours left until the unit's data closes (the return's time limit, else its tier's deadline). */
    public String getCountdown() {
        Instant now = clock.instant();
        if (status.closesAt() == null) {
            return "";
        }
        if (!now.isBefore(status.closesAt())) {
            return messages.get(language.getLocale(), "reporting.countdown.closed");
        }
        Duration left = Duration.between(now, status.closesAt());
        return messages.get(language.getLocale(), "reporting.countdown.left", left.toDays(), left.toHoursPart(), left.toMinutesPart());
    }

    /** The names still out, as far as the page lists them. */
    public String getPendingNames() {
        return String.join("、", status.pending());
    }

    public String getPrevious() { return q().previous().toString(); }
    public String getNext() { return q().next().toString(); }
    public QuarterStatus getStatus() { return status; }
    public boolean isOwn() { return own; }
    public String getPendingWarning() { return pendingWarning; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public void setWithdrawalReason(String withdrawalReason) { this.withdrawalReason = withdrawalReason; }
    public Long getOrg() { return org; }
    public void setOrg(Long org) { this.org = org; }
    public String getQuarter() { return quarter; }
    public void setQuarter(String quarter) { this.quarter = quarter; }
}
