package cn.eduinfo.sync.view;

import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import cn.eduinfo.sync.ChangeType;
import cn.eduinfo.sync.RunFailure;
import cn.eduinfo.sync.boundary.ChangeLine;
import cn.eduinfo.sync.boundary.ErrorLine;
import cn.eduinfo.sync.boundary.RegistrySync;
import cn.eduinfo.sync.boundary.RunSummary;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/** sync/run.xhtml?id=…: one run, its counts, its errors (with a downloadable report) and its change set. */
@Named
@ViewScoped
public class SyncRunBacking implements Serializable {

    @EJB
    RegistrySync sync;

    @Inject
    Messages messages;

    @Inject
    ErrorReport report;

    private Long id;
    private RunSummary run;
    private List<ErrorLine> errors = List.of();
    private ChangeType type;

    private final LazyDataModel<ChangeLine> changes = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) sync.countChanges(id, type);
        }

        @Override
        public List<ChangeLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return sync.changes(id, type, first, pageSize);
        }

        @Override
        public String getRowKey(ChangeLine line) {
            return String.valueOf(line.seq());
        }
    };

    /** f:viewAction, and the poll while the run is active */
    public void load() {
        if (id == null) {
            messages.error("error.outOfScope");
            return;
        }
        try {
            run = sync.find(id);
            errors = sync.errors(id);
        } catch (DomainException e) {
            run = null;
            messages.error(e);
        }
    }

    /** The stop and resume of the runs' list, beside the run's counts and why it failed. */
    public void stop() {
        messages.attempt(() -> sync.stop(id));
        load();
    }

    public void resume() {
        messages.attempt(() -> sync.resume(id));
        load();
    }

    public String errorText(ErrorLine e) {
        return report.line(FacesContext.getCurrentInstance().getViewRoot().getLocale(), e);
    }

    /** Why the run failed, in the reader's language. */
    public String getFailureText() {
        RunFailure failure = run.failure();
        return messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), failure.key(), failure.args().toArray());
    }

    public StreamedContent getErrorReport() {
        byte[] text = report.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), errors).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("registry-errors-" + id + ".txt").contentType("text/plain;charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(text)).build();
    }

    public ChangeType[] getTypes() {
        return ChangeType.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public RunSummary getRun() { return run; }
    public List<ErrorLine> getErrors() { return errors; }
    public LazyDataModel<ChangeLine> getChanges() { return changes; }
    public ChangeType getType() { return type; }
    public void setType(ChangeType type) { this.type = type; }
}
