package cn.eduinfo.platform.view;

import cn.eduinfo.platform.boundary.TrainingMode;
import cn.eduinfo.reporting.Window;
import cn.eduinfo.reporting.boundary.Deadlines;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * platform/clock.xhtml ('培训时钟', training mode only): the time the system goes by, and setting it
 * ('yyyy-MM-dd HH:mm', Beijing time); afterwards, which deadlines ran and how many units were
 * auto-reported, re-reported after a lapsed return, or reminded.
 */
@Named
@ViewScoped
public class ClockBacking implements Serializable {

    /** One tier deadline the last setting applied. */
    public record Ran(String quarter, String tier, String at) implements Serializable {
    }

    @EJB
    TrainingMode training;

    @Inject
    Messages messages;

    private boolean enabled;
    private String now;
    private boolean applied;
    private List<Ran> ran = List.of();
    private int autoReported;
    private int lapsedReturns;
    private int reminders;

    @PostConstruct
    void load() {
        enabled = training.enabled();
        if (enabled && now == null) {
            now = Window.show(training.now());
        }
    }

    public void set() {
        Instant at = messages.minuteOrError(now, "training.clock.format");
        if (at == null) {
            return;
        }
        try {
            Deadlines.Outcome outcome = training.setNow(at);
            ran = outcome.deadlines().stream().map(d -> new Ran(d.quarter().toString(), d.tier().name(), Window.show(d.at()))).toList();
            autoReported = outcome.autoReported();
            lapsedReturns = outcome.lapsedReturns();
            reminders = outcome.reminders();
            applied = true;
            messages.info("training.clock.done", Window.show(training.now()));
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    /** The system's time as of this rendering (it keeps running from the simulated moment). */
    public Instant getCurrent() {
        return training.now();
    }

    public boolean isEnabled() { return enabled; }
    public String getNow() { return now; }
    public void setNow(String now) { this.now = now; }
    public boolean isApplied() { return applied; }
    public List<Ran> getRan() { return ran; }
    public int getAutoReported() { return autoReported; }
    public int getLapsedReturns() { return lapsedReturns; }
    public int getReminders() { return reminders; }
}
