package cn.eduinfo.form.view;

import cn.eduinfo.form.FormKind;
import cn.eduinfo.form.IndicatorType;
import cn.eduinfo.form.Section;
import cn.eduinfo.form.boundary.NewIndicator;
import cn.eduinfo.form.boundary.IndicatorCatalogue;
import cn.eduinfo.form.boundary.VersionLine;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import cn.eduinfo.shared.Workbooks;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/** form/catalogue.xhtml: the catalogue's versions, each exportable; a new version made by the MoE on screen or by import. */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

    @EJB
    IndicatorCatalogue catalogue;

    @Inject
    Messages messages;

    private List<VersionLine> versions;
    private boolean manager;
    private FormKind kind = FormKind.SCHOOL;
    private String from;
    private String retireCode;
    private String code;
    private Section section;
    private String nameZh;
    private String nameEn;
    private String unit;
    private IndicatorType type = IndicatorType.INTEGER;
    private BigDecimal min;
    private BigDecimal max;
    private boolean required;

    @PostConstruct
    public void load() {
        versions = catalogue.versions();
        manager = catalogue.mayManage();
    }

    public StreamedContent export(VersionLine v) {
        return Workbooks.download("catalogue-" + v.kind() + "-" + v.number() + ".xlsx", () -> catalogue.export(v.kind(), v.number()));
    }

    public void upload(FileUploadEvent event) {
        try {
            VersionLine created = catalogue.importVersion(kind, Quarter.parse(from), event.getFile().getInputStream().readAllBytes());
            messages.info("catalogue.created", created.number(), created.validFrom());
            load();
        } catch (DomainException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("form.workbook.corrupt");
        }
    }

    public void retire() {
        try {
            created(catalogue.retire(kind, Quarter.parse(from), retireCode == null ? "" : retireCode.strip()));
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void add() {
        try {
            created(catalogue.add(kind, Quarter.parse(from), new NewIndicator(code == null ? null : code.strip(), section, nameZh, nameEn,
                    unit, type, min, max, required)));
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    private void created(VersionLine created) {
        messages.info("catalogue.created", created.number(), created.validFrom());
        load();
    }

    public List<IndicatorType> getTypes() {
        return List.of(IndicatorType.INTEGER, IndicatorType.DECIMAL, IndicatorType.PERCENTAGE, IndicatorType.YES_NO, IndicatorType.TEXT);
    }

    public Section[] getSections() { return Section.values(); }
    public FormKind[] getKinds() { return FormKind.values(); }
    public List<VersionLine> getVersions() { return versions; }
    public boolean isManager() { return manager; }
    public FormKind getKind() { return kind; }
    public void setKind(FormKind kind) { this.kind = kind; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getRetireCode() { return retireCode; }
    public void setRetireCode(String retireCode) { this.retireCode = retireCode; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Section getSection() { return section; }
    public void setSection(Section section) { this.section = section; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public IndicatorType getType() { return type; }
    public void setType(IndicatorType type) { this.type = type; }
    public BigDecimal getMin() { return min; }
    public void setMin(BigDecimal min) { this.min = min; }
    public BigDecimal getMax() { return max; }
    public void setMax(BigDecimal max) { this.max = max; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
}
