package cn.eduinfo.reporting.view;

import cn.eduinfo.org.boundary.OrgSummary;
import cn.eduinfo.org.boundary.Organisations;
import cn.eduinfo.reporting.Completeness;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.SubmissionState;
import cn.eduinfo.reporting.Window;
import cn.eduinfo.reporting.boundary.Reporting;
import cn.eduinfo.reporting.boundary.SubordinateLine;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import cn.eduinfo.shared.Unreplicated;
import cn.eduinfo.shared.Workbooks;
import cn.eduinfo.shared.control.TableWorkbook;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.primefaces.model.StreamedContent;

/**
 * reporting/progress.xhtml?org=…&quarter=… ('催报', 第八条): how far a unit's direct subordinates are with the
 * quarter, counted by completeness, each against its own tier's deadline with the late ones marked, and
 * the chase (催报) that notifies every one not in yet. Defaults: the caller's own unit, the current quarter;
 * only the unit's own administrators and reviewers chase.
 */
@Named
@ViewScoped
public class ProgressBacking implements Serializable {

    /** One completeness and how many direct subordinates have it. */
    public record Count(Completeness completeness, long units) implements Serializable {
    }

    @EJB
    Reporting reporting;

    @EJB
    Organisations organisations;

    @Inject
    Messages messages;

    private Long org;
    private String quarter;
    private OrgSummary unit;
    private boolean own;
    /** A row per direct subordinate. */
    private final Unreplicated<List<SubordinateLine>> lines = new Unreplicated<>();

    /** f:viewAction */
    public void load() {
        try {
            ShownUnit shown = ShownUnit.of(reporting, organisations, org, quarter);
            quarter = shown.quarter().toString();
            org = shown.org();
            own = shown.own();
            unit = own ? shown.mine() : organisations.find(org);
            lines.read(this::subordinates);
        } catch (DomainException e) {
            unit = null;
            lines.clear();
            messages.error(e);
        }
    }

    public void chase() {
        try {
            int notified = reporting.chase(org, Quarter.parse(quarter));
            messages.info("reporting.chased", notified);
            lines.read(this::subordinates);
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    private List<SubordinateLine> subordinates() {
        return reporting.subordinates(org, Quarter.parse(quarter));
    }

    private List<SubordinateLine> lines() {
        return lines.get(this::subordinates, List.of());
    }

    public List<Count> getCounts() {
        return Arrays.stream(Completeness.values())
                .map(c -> new Count(c, lines().stream().filter(l -> l.completeness() == c).count()))
                .toList();
    }

    public long getLate() {
        return lines().stream().filter(SubordinateLine::late).count();
    }

    public long getNotIn() {
        return lines().stream().filter(l -> l.state().isOpen()).count();
    }

    /** The unit's own administrators and reviewers chase; an inspector looks only. */
    public boolean isMayChase() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return own && (external.isUserInRole("ADMINISTRATOR") || external.isUserInRole("REVIEWER"));
    }

    /** 催报名单: the table as an Excel workbook, with whom to call for each unit. */
    public StreamedContent getExport() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<String> headings = Stream.of("org.code", "org.name", "org.kind", "reporting.completeness", "reporting.state",
                "reporting.deadline", "reporting.sentAt", "reporting.late", "reporting.contact", "personal.phone")
                .map(key -> messages.get(locale, key)).toList();
        List<List<Object>> rows = lines().stream().map(l -> List.<Object>of(l.code(), l.name(),
                messages.get(locale, "OrgKind." + l.kind()), messages.get(locale, "Completeness." + l.completeness()),
                messages.get(locale, "SubmissionState." + l.state()),
                Window.show(l.state() == SubmissionState.RETURNED ? l.returnLimit() : l.deadline()),
                l.sentAt() == null ? "" : Window.show(l.sentAt()), l.late() ? messages.get(locale, "reporting.lateYes") : "",
                Objects.toString(l.contact(), ""), Objects.toString(l.contactPhone(), ""))).toList();
        String title = messages.get(locale, "reporting.progress.export.title", unit.code() + " " + unit.name(), quarter);
        return Workbooks.download("progress-" + unit.code() + "-" + quarter + ".xlsx", () -> TableWorkbook.write(quarter, title, headings, rows));
    }

    public OrgSummary getUnit() { return unit; }
    public List<SubordinateLine> getLines() { return lines(); }
    public Long getOrg() { return org; }
    public void setOrg(Long org) { this.org = org; }
    public String getQuarter() { return quarter; }
    public void setQuarter(String quarter) { this.quarter = quarter; }
}
