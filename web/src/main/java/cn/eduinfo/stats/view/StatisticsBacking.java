package cn.eduinfo.stats.view;

import cn.eduinfo.form.FormKind;
import cn.eduinfo.form.Indicator;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.boundary.Reporting;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.LanguageBacking;
import cn.eduinfo.shared.Messages;
import cn.eduinfo.shared.Workbooks;
import cn.eduinfo.stats.boundary.AreaTotal;
import cn.eduinfo.stats.boundary.Statistics;
import cn.eduinfo.stats.control.TotalsWorkbook;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.primefaces.model.StreamedContent;

/**
 * stats/totals.xhtml (第四条): what the caller's subtree reported for a quarter, one form's chosen indicators
 * summed by province or by county, with the number of forms and a total line, and the same as an Excel
 * workbook; the same sums as the data sharing API (/api/stats), which the boundary scopes to the caller's subtree.
 */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

    /** Indicators chosen when the page opens, so that it shows totals at once. */
    private static final int FIRST_CHOSEN = 3;

    /** What the totals on the page were asked for: the export's question, and the choices a refusal goes back to. */
    private record Asked(String quarter, FormKind kind, Statistics.Grouping by, boolean asReported, List<Indicator> indicators)
            implements Serializable {
        List<String> codes() {
            return indicators.stream().map(Indicator::code).toList();
        }
    }

    @EJB
    Statistics statistics;

    @EJB
    Reporting reporting;

    @Inject
    Messages messages;

    @Inject
    LanguageBacking language;

    private List<String> quarters;
    private String quarter;
    private FormKind kind = FormKind.SCHOOL;
    private Statistics.Grouping by = Statistics.Grouping.PROVINCE;
    private boolean asReported;
    private List<String> chosen = new ArrayList<>();
    private List<Indicator> summable = List.of();
    private Asked shown;
    private List<AreaTotal> rows = List.of();

    @PostConstruct
    public void open() {
        quarters = Stream.iterate(reporting.currentQuarter(), Quarter::previous).limit(8).map(Quarter::toString).toList();
        quarter = quarters.get(0);
        by = statistics.defaultGrouping();
        formOrQuarterChanged();
    }

    /** Another form or quarter: its summable indicators, the first few chosen, and their totals. */
    public void formOrQuarterChanged() {
        try {
            summable = statistics.summable(kind, Quarter.parse(quarter));
        } catch (DomainException e) {
            messages.error(e);
            backToShown();
            return;
        }
        chosen = new ArrayList<>(summable.stream().limit(FIRST_CHOSEN).map(Indicator::code).toList());
        show();
    }

    public void show() {
        try {
            // In the catalogue's order, as the columns show them, whatever order they were ticked in.
            Asked asked = new Asked(quarter, kind, by, asReported, summable.stream().filter(i -> chosen.contains(i.code())).toList());
            List<AreaTotal> totals = statistics.totals(Quarter.parse(quarter), kind, asked.codes(), by, asReported);
            shown = asked;
            rows = new ArrayList<>(totals);
            if (!totals.isEmpty()) {
                rows.add(AreaTotal.sumOf(totals, asked.indicators().size()));
            }
        } catch (DomainException e) {
            messages.error(e);
            backToShown();
        }
    }

    /** Refused: every choice goes back to those of the totals still shown, so the page changes nothing. */
    private void backToShown() {
        if (shown == null) {
            return;
        }
        quarter = shown.quarter();
        kind = shown.kind();
        by = shown.by();
        asReported = shown.asReported();
        summable = statistics.summable(kind, Quarter.parse(quarter));
        chosen = new ArrayList<>(shown.codes());
    }

    /** The totals shown, as they were asked for (not the choices changed since), headed in the viewer's language. */
    public StreamedContent getWorkbook() {
        Asked asked = shown;
        Locale locale = language.getLocale();
        String title = String.join(" · ", messages.get(locale, "stats.title"), asked.quarter(), messages.get(locale, "FormKind." + asked.kind()),
                messages.get(locale, "stats.by.workbook." + asked.by()) + (asked.asReported() ? " · " + messages.get(locale, "stats.asReported") : ""));
        TotalsWorkbook.Labels labels = new TotalsWorkbook.Labels(title, messages.get(locale, "org.code"), messages.get(locale, "org.name"),
                messages.get(locale, "stats.units"), messages.get(locale, "stats.total"), language.isEnglish());
        return Workbooks.download("statistics-" + asked.quarter() + "-" + asked.kind() + "-" + asked.by().name().toLowerCase(Locale.ROOT) + ".xlsx",
                () -> statistics.workbook(Quarter.parse(asked.quarter()), asked.kind(), asked.codes(), asked.by(), asked.asReported(), labels));
    }

    /** The areas' totals, then (without a code) their sum. */
    public List<AreaTotal> getRows() { return rows; }
    /** The indicators of the totals shown, one column each. */
    public List<Indicator> getColumns() { return shown == null ? List.of() : shown.indicators(); }
    /** The current quarter and the seven before it. */
    public List<String> getQuarters() { return quarters; }
    public List<FormKind> getKinds() { return List.of(FormKind.values()); }
    public List<Statistics.Grouping> getGroupings() { return List.of(Statistics.Grouping.values()); }
    public List<Indicator> getSummable() { return summable; }
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
