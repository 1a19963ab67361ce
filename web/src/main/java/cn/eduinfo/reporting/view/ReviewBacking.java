package cn.eduinfo.reporting.view;

import cn.eduinfo.org.boundary.Organisations;
import cn.eduinfo.reporting.Action;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.Window;
import cn.eduinfo.reporting.boundary.AcceptedMany;
import cn.eduinfo.reporting.boundary.Reporting;
import cn.eduinfo.reporting.boundary.SubordinateLine;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import cn.eduinfo.shared.Unreplicated;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * reporting/review.xhtml?quarter=… ('审核'): the reviewer's queue, every direct subordinate of the caller's
 * own unit with its quarter; accept, return with a reason and a time limit (第二十条), approve or refuse
 * a withdrawal request (第十九条). A return or an answer is prepared in one panel and sent from there;
 * a time limit that is no moment (typed 'yyyy-MM-dd HH:mm', Beijing time) changes nothing.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    /** What the panel is preparing for the chosen unit. */
    public enum Decision { RETURN, APPROVE, REFUSE }

    /** Which rows the table shows. */
    public enum Filter { ALL, TO_REVIEW, NOT_IN }

    @EJB
    Reporting reporting;

    @EJB
    Organisations organisations;

    @Inject
    Messages messages;

    private String quarter;
    private long org;
    /** A row per direct subordinate. */
    private final Unreplicated<List<SubordinateLine>> lines = new Unreplicated<>();
    private Instant ownClosesAt;
    private Filter filter = Filter.ALL;
    private SubordinateLine chosen;
    private Decision decision;
    private String reason;
    private String limit;
    /** The rows ticked for accepting at once. */
    private List<SubordinateLine> selected = new ArrayList<>();

    /** f:viewAction */
    public void load() {
        try {
            Quarter q = reporting.quarterOrCurrent(quarter);
            quarter = q.toString();
            org = organisations.mine().id();
            reload();
        } catch (DomainException e) {
            lines.clear();
            messages.error(e);
        }
    }

    private List<SubordinateLine> subordinates() {
        return reporting.subordinates(org, q());
    }

    private List<SubordinateLine> lines() {
        return lines.get(this::subordinates, List.of());
    }

    private void reload() {
        lines.read(this::subordinates);
        ownClosesAt = reporting.status(org, q()).closesAt();
    }

    public void accept(SubordinateLine line) {
        try {
            reporting.accept(line.orgId(), q());
            messages.info("reporting.accepted", line.name());
        } catch (DomainException e) {
            messages.error(e);
        }
        cancel();
        reload();
    }

    /** Accepts every ticked row; each that cannot be accepted is named with why, and the others are accepted all the same. */
    public void acceptSelected() {
        if (selected == null || selected.isEmpty()) {
            messages.error("reporting.review.noneTicked");
            return;
        }
        try {
            AcceptedMany done = reporting.acceptMany(org, selected.stream().map(SubordinateLine::orgId).toList(), q());
            if (!done.accepted().isEmpty()) {
                messages.info("reporting.acceptedMany", done.accepted().size());
            }
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            done.notAccepted().forEach(n -> messages.error("reporting.notAccepted", n.unit(), messages.get(locale, n.key(), n.args().toArray())));
        } catch (DomainException e) {
            messages.error(e);
        }
        selected = new ArrayList<>();
        cancel();
        reload();
    }

    public void startReturn(SubordinateLine line) {
        choose(line, Decision.RETURN);
    }

    public void startApprove(SubordinateLine line) {
        choose(line, Decision.APPROVE);
    }

    public void startRefuse(SubordinateLine line) {
        choose(line, Decision.REFUSE);
    }

    private void choose(SubordinateLine line, Decision what) {
        chosen = line;
        decision = what;
        reason = null;
        limit = null;
    }

    /** Sends what the panel prepared; on a refusal or bad input the panel stays as typed. */
    public void send() {
        if (chosen == null || decision == null) {
            return;
        }
        Instant until = null;
        if (decision != Decision.REFUSE) {
            until = messages.minuteOrError(limit, "reporting.limit.format");
            if (until == null) {
                return;
            }
        }
        try {
            switch (decision) {
                case RETURN -> {
                    reporting.returnForCorrection(chosen.orgId(), q(), reason, until);
                    messages.info("reporting.returned", chosen.name(), Window.show(until));
                }
                case APPROVE -> {
                    reporting.approveWithdrawal(chosen.orgId(), q(), until);
                    messages.info("reporting.withdrawalApproved", chosen.name(), Window.show(until));
                }
                case REFUSE -> {
                    reporting.refuseWithdrawal(chosen.orgId(), q(), reason);
                    messages.info("reporting.withdrawalRefused", chosen.name());
                }
            }
        } catch (DomainException e) {
            messages.error(e);
            return;
        }
        cancel();
        reload();
    }

    public void cancel() {
        chosen = null;
        decision = null;
        reason = null;
        limit = null;
    }

    /** Re-reads the queue (someone else may have acted meanwhile). */
    public void refresh() {
        try {
            reload();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    private Quarter q() {
        return Quarter.parse(quarter);
    }

    // The buttons worth showing per row: what the boundary offers the caller for that subordinate.

    public boolean canAccept(SubordinateLine l) {
        return l.actions().contains(Action.ACCEPT);
    }

    public boolean canReturn(SubordinateLine l) {
        return l.actions().contains(Action.RETURN);
    }

    public boolean canAnswerWithdrawal(SubordinateLine l) {
        return l.actions().contains(Action.APPROVE_WITHDRAWAL);
    }

    public List<SubordinateLine> getShown() {
        return switch (filter) {
            case ALL -> lines();
            case TO_REVIEW -> lines().stream().filter(l -> canAccept(l) || canAnswerWithdrawal(l)).toList();
            case NOT_IN -> lines().stream().filter(l -> l.state().isOpen()).toList();
        };
    }

    public long getToReview() {
        return lines().stream().filter(l -> canAccept(l) || canAnswerWithdrawal(l)).count();
    }

    public boolean isAsksReason() { return decision == Decision.RETURN || decision == Decision.REFUSE; }
    public boolean isAsksLimit() { return decision == Decision.RETURN || decision == Decision.APPROVE; }
    public List<SubordinateLine> getSelected() { return selected; }
    public void setSelected(List<SubordinateLine> selected) { this.selected = selected; }
    public Filter[] getFilters() { return Filter.values(); }
    public Filter getFilter() { return filter; }
    public void setFilter(Filter filter) { this.filter = filter == null ? Filter.ALL : filter; }
    public List<SubordinateLine> getLines() { return lines(); }
    public Instant getOwnClosesAt() { return ownClosesAt; }
    public SubordinateLine getChosen() { return chosen; }
    public Decision getDecision() { return decision; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getLimit() { return limit; }
    public void setLimit(String limit) { this.limit = limit; }
    public String getQuarter() { return quarter; }
    public void setQuarter(String quarter) { this.quarter = quarter; }
}
