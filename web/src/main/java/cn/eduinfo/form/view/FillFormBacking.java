package cn.eduinfo.form.view;

import cn.eduinfo.form.Finding;
import cn.eduinfo.form.FormValueChange;
import cn.eduinfo.form.Indicator;
import cn.eduinfo.form.IndicatorType;
import cn.eduinfo.form.Section;
import cn.eduinfo.form.Severity;
import cn.eduinfo.form.boundary.FormSheet;
import cn.eduinfo.form.boundary.Forms;
import cn.eduinfo.form.boundary.SaveOutcome;
import cn.eduinfo.org.boundary.Organisations;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.Window;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.LanguageBacking;
import cn.eduinfo.shared.Messages;
import cn.eduinfo.shared.Workbooks;
import cn.eduinfo.shared.Unreplicated;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * form/fill.xhtml?org=…&quarter=…: one organisation's quarterly form by section, last quarter's
 * value beside each, messages on the fields, explanations where a large change asks for one.
 * What the user typed stays on the page whatever the outcome of a save.
 */
@Named
@ViewScoped
public class FillFormBacking implements Serializable {


    /** A section of the form with its indicators, in catalogue order. */
    public record SectionRows(Section section, List<Indicator> indicators) implements Serializable {
    }

    @EJB
    Forms forms;

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
    /**
     * Not kept with the session: its catalogue version alone (~17 KB) was stored with each view of this
     * page after every request in the group. Where it is missing (the view restored on another instance)
     * it is opened again; what the user typed and the version their save must send back are kept.
     */
    private final Unreplicated<FormSheet> sheet = new Unreplicated<>();
    private Map<String, String> inputs = new HashMap<>();
    private Map<String, String> explanations = new HashMap<>();
    private List<Finding> findings = List.of();
    private int rowVersion;

    /** f:viewAction */
    public void load() {
        try {
            Quarter q = quarter == null || quarter.isBlank() ? forms.quarterToFill() : Quarter.parse(quarter);
            quarter = q.toString();
            if (org == null) {
                org = organisations.mine().id();
            }
            reload();
        } catch (DomainException e) {
            sheet.clear();
            messages.error(e);
        }
    }

    private void reload() {
        FormSheet opened = sheet.read(this::open);
        inputs = new HashMap<>(opened.values().asMap());
        explanations = new HashMap<>(opened.explanations());
        rowVersion = opened.rowVersion();
    }

    public void save() {
        try {
            SaveOutcome outcome = forms.save(org, Quarter.parse(quarter), inputs, explanations, rowVersion, FormValueChange.Via.SCREEN);
            after(outcome, "form.saved");
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void confirmUnchanged() {
        try {
            after(forms.confirmUnchanged(org, Quarter.parse(quarter), rowVersion), "form.confirmed");
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void upload(FileUploadEvent event) {
        try {
            after(forms.upload(org, Quarter.parse(quarter), event.getFile().getInputStream().readAllBytes(), rowVersion), "form.uploaded");
        } catch (DomainException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("form.workbook.corrupt");
        }
    }

    private void after(SaveOutcome outcome, String savedKey) {
        findings = outcome.findings();
        if (!outcome.saved()) {
            messages.error("form.save.blocked", findings.size());
            for (int i = 0; i < outcome.cells().size(); i++) {
                Finding f = findings.get(i);
                messages.error("form.cellFinding", outcome.cells().get(i), text(f));
            }
            return;
        }
        // Saved: the findings left are the explained ones, shown beside their explanations.
        reload();
        messages.info(savedKey, outcome.changedValues());
    }

    private FormSheet open() {
        return forms.open(org, Quarter.parse(quarter));
    }

    private FormSheet sheet() {
        return sheet.get(this::open, null);
    }

    public StreamedContent getTemplate() {
        return Workbooks.download("form-" + sheet().organisation().code() + "-" + quarter + ".xlsx",
                () -> forms.template(org, Quarter.parse(quarter)));
    }

    public List<SectionRows> getSections() {
        List<SectionRows> rows = new ArrayList<>();
        sheet().version().bySection().forEach((section, indicators) -> rows.add(new SectionRows(section, indicators)));
        return rows;
    }

    public String name(Indicator i) {
        return language.isEnglish() ? i.nameEn() : i.nameZh();
    }

    public String sectionName(Section s) {
        return language.isEnglish() ? s.nameEn() : s.nameZh();
    }

    public String help(Indicator i) {
        return language.isEnglish() ? i.helpEn() : i.helpZh();
    }

    /** A stored value as people read it: 是/否 for yes/no, a choice's name. */
    public String display(Indicator i, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (i.type() == IndicatorType.YES_NO) {
            return messages.get(language.getLocale(), "true".equals(value) ? "form.yes" : "form.no");
        }
        if (i.type() == IndicatorType.CHOICE) {
            return i.choices().stream().filter(c -> c.code().equals(value)).findFirst()
                    .map(c -> language.isEnglish() ? c.nameEn() : c.nameZh()).orElse(value);
        }
        return value;
    }

    public String previous(Indicator i) {
        return display(i, sheet().previous().get(i.code()).orElse(""));
    }

    public String current(Indicator i) {
        return display(i, sheet().values().get(i.code()).orElse(""));
    }

    public List<String> messagesFor(String code) {
        return findings.stream().filter(f -> code.equals(f.indicatorCode())).map(this::text).toList();
    }

    /** A large change or an outlier asks for an explanation; one given before stays visible. */
    public boolean asksExplanation(String code) {
        return findings.stream().anyMatch(f -> code.equals(f.indicatorCode()) && f.severity() == Severity.EXPLAIN)
                || explanations.get(code) != null && !explanations.get(code).isBlank();
    }

    private String text(Finding f) {
        return messages.get(language.getLocale(), f.messageKey(), f.args().toArray());
    }

    /** When the unit's tier reports this quarter, and how many days are left (negative once it has closed). */
    public String getWindow() {
        Window w = sheet().window();
        long days = Duration.between(clock.instant(), w.deadline()).toDays();
        return messages.get(language.getLocale(), "form.window", Window.show(w.start()), Window.show(w.deadline()),
                w.isClosedAt(clock.instant()) ? -1 : days);
    }

    public boolean isEditable() { return sheet() != null && sheet().editable(); }
    public FormSheet getSheet() { return sheet(); }
    public Map<String, String> getInputs() { return inputs; }
    public Map<String, String> getExplanations() { return explanations; }
    public Long getOrg() { return org; }
    public void setOrg(Long org) { this.org = org; }
    public String getQuarter() { return quarter; }
    public void setQuarter(String quarter) { this.quarter = quarter; }
}
