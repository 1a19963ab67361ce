package cn.eduinfo.form.view;

import cn.eduinfo.form.FormKind;
import cn.eduinfo.form.boundary.IndicatorCatalogue;
import cn.eduinfo.form.boundary.VersionLine;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** form/catalogue.xhtml: the catalogue's versions, each exportable; a new version imported by the MoE. */
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

    @PostConstruct
    public void load() {
        versions = catalogue.versions();
        manager = catalogue.mayManage();
    }

    public StreamedContent export(VersionLine v) {
        return DefaultStreamedContent.builder()
                .name("catalogue-" + v.kind() + "-" + v.number() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(catalogue.export(v.kind(), v.number())))
                .build();
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

    public FormKind[] getKinds() { return FormKind.values(); }
    public List<VersionLine> getVersions() { return versions; }
    public boolean isManager() { return manager; }
    public FormKind getKind() { return kind; }
    public void setKind(FormKind kind) { this.kind = kind; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
}
