package cn.eduinfo.sync.view;

import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import cn.eduinfo.sync.boundary.RegistrySync;
import cn.eduinfo.sync.ScheduledCheck;
import cn.eduinfo.sync.boundary.RunSummary;
import cn.eduinfo.sync.boundary.ScheduledSync;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** sync/runs.xhtml: upload a registry snapshot, start a run, watch runs progress. */
@Named
@ViewScoped
public class SyncRunsBacking implements Serializable {

    @EJB
    RegistrySync sync;

    @Inject
    Messages messages;

    private List<RunSummary> runs;
    private String charset;
    private ScheduledSync schedule;

    @PostConstruct
    public void refresh() {
        runs = sync.list();
        schedule = sync.schedule();
    }

    public void upload(FileUploadEvent event) {
        try {
            RunSummary run = sync.upload(event.getFile().getFileName(), event.getFile().getInputStream().readAllBytes(), charset);
            messages.info("sync.started", run.id());
        } catch (DomainException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("sync.unreadable");
        }
        refresh();
    }

    public void stop(RunSummary run) {
        messages.attempt(() -> sync.stop(run.id()));
        refresh();
    }

    public void resume(RunSummary run) {
        messages.attempt(() -> sync.resume(run.id()));
        refresh();
    }

    public boolean isAnyActive() {
        return runs.stream().anyMatch(RunSummary::isActive);
    }

    public List<RunSummary> getRuns() { return runs; }
    public ScheduledSync getSchedule() { return schedule; }

    /** The last check's detail as shown: a refusal's reason in the viewer's language, else as recorded. */
    public String getLastCheckDetail() {
        ScheduledCheck check = schedule.lastCheck();
        if (check == null || check.detail() == null) {
            return "";
        }
        return check.outcome() == ScheduledCheck.Outcome.REFUSED
                ? messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), check.detail()) : check.detail();
    }
    public String getCharset() { return charset; }
    public void setCharset(String charset) { this.charset = charset; }
}
