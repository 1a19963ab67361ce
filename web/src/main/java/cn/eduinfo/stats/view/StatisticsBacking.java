package cn.eduinfo.stats.view;

import cn.eduinfo.form.FormKind;
import cn.eduinfo.form.Indicator;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.boundary.Reporting;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import cn.eduinfo.stats.boundary.AreaTotal;
import cn.eduinfo.stats.boundary.Statistics;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * stats/totals.xhtml (第四条): what the caller's subtree reported for a quarter, one form's chosen indicators
 * summed by province or by county, with the number of forms and a total line; the same sums as the data
 * sharing API (/api/stats), which the boundary scopes to the caller's subtree.
 */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

    /** Indicators chosen when the page opens, so that it shows totals at once. */
    private static final int FIRST_CHOSEN = 3;

    @EJB
    Statistics statistics;

    @EJB
    Reporting reporting;

    @Inject
    Messages messages;

    private String quarter;
    private FormKind kind = FormKind.SCHOOL;
    private Statistics.Grouping by = Statistics.Grouping.PROVINCE;
    private boolean asReported;
    private List<String> chosen = new ArrayList<>();
    private List<Indicator> summable = List.of();
    private List<Indicator> shown = List.of();
    private List<AreaTotal> rows = List.of();

    @PostConstruct
    public void open() {
        quarter = reporting.currentQuarter().toString();
        kindChanged();
    }

    /** Another form or quarter: its summable indicators, the first few chosen, and their totals. */
    public void kindChanged() {
        try {
            summable = statistics.summable(kind, Quarter.parse(quarter));
        } catch (DomainException e) {
            messages.error(e);
            return;
        }
        chosen = new ArrayList<>(summable.stream().limit(FIRST_CHOSEN).map(Indicator::code).toList());
        show();
    }

    public void show() {
        try {
            // In the catalogue's order, as the columns show them, whatever order they were ticked in.
            List<Indicator> asked = summable.stream().filter(i -> chosen.contains(i.code())).toList();
            List<AreaTotal> totals = statistics.totals(Quarter.parse(quarter), kind, asked.stream().map(Indicator::code).toList(), by, asReported);
            shown = asked;
            rows = new ArrayList<>(totals);
            if (!totals.isEmpty()) {
                rows.add(sumOf(totals, asked.size()));
            }
        } catch (DomainException e) {
            messages.error(e);
            // Refused: the ticks go back to the indicators of the totals still shown.
            chosen = new ArrayList<>(shown.stream().map(Indicator::code).toList());
        }
    }

    private static AreaTotal sumOf(List<AreaTotal> rows, int indicators) {
        List<BigDecimal> sums = new ArrayList<>();
        for (int i = 0; i < indicators; i++) {
            int column = i;
            sums.add(rows.stream().map(r -> r.sums().get(column)).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return new AreaTotal("", "", rows.stream().mapToLong(AreaTotal::units).sum(), sums);
    }

    /** The areas' totals, then (without a code) their sum. */
    public List<AreaTotal> getRows() { return rows; }

    /** The current quarter and the seven before it. */
    public List<String> getQuarters() {
        return Stream.iterate(reporting.currentQuarter(), Quarter::previous).limit(8).map(Quarter::toString).toList();
    }

    public List<FormKind> getKinds() { return List.of(FormKind.values()); }
    public List<Statistics.Grouping> getGroupings() { return List.of(Statistics.Grouping.values()); }
    public List<Indicator> getSummable() { return summable; }
    public List<Indicator> getShown() { return shown; }
    public String getQuarter() { return quarter; }
    public void setQuarter(String quarter) { this.quarter = quarter; }
    public FormKind getKind() { return kind; }
    public void setKind(FormKind kind) { this.kind = kind; }
    public Statistics.Grouping getBy() { return by; }
    public void setBy(Statistics.Grouping by) { this.by = by; }
    public boolean isAsReported() { return asReported; }
    public void setAsReported(boolean asReported) { this.asReported = asReported; }
    public List<String> getChosen() { return chosen; }
    public void setChosen(List<String> chosen) { this.chosen = chosen; }
}
