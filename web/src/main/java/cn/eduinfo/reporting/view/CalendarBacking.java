package cn.eduinfo.reporting.view;

import cn.eduinfo.org.Tier;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.Window;
import cn.eduinfo.reporting.boundary.Reporting;
import cn.eduinfo.reporting.boundary.ReportingCalendar;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * reporting/calendar.xhtml (报送日程, 第十八条): when each tier reports a quarter, for everyone who reports; the MoE's
 * administrators also set a tier's deadline later there (a window that falls in a public holiday, say), with a reason.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    @EJB
    ReportingCalendar calendar;

    @EJB
    Reporting reporting;

    @Inject
    Messages messages;

    private List<String> quarters;
    private String quarter;
    private List<ReportingCalendar.TierWindow> windows;
    private boolean mayExtend;
    private Tier tier = Tier.COUNTY;
    private String deadline;
    private String reason;

    @PostConstruct
    void open() {
        Quarter current = reporting.currentQuarter();
        quarters = Stream.iterate(current.next(), Quarter::previous).limit(4).map(Quarter::toString).toList();
        quarter = current.toString();
        mayExtend = calendar.mayExtend();
        show();
    }

    public void show() {
        windows = calendar.windows(Quarter.parse(quarter));
    }

    /** A later deadline for the chosen tier of the quarter shown; a refusal or a time that is none changes nothing. */
    public void extend() {
        Instant until = messages.minuteOrError(deadline, "reporting.limit.format");
        if (until == null) {
            return;
        }
        try {
            Window extended = calendar.extend(Quarter.parse(quarter), tier, until, reason);
            messages.info("calendar.extended", messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "Tier." + tier),
                    Window.show(extended.deadline()));
            deadline = null;
            reason = null;
            show();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public List<ReportingCalendar.TierWindow> getWindows() { return windows; }
    /** The next quarter, the current one and the two before it. */
    public List<String> getQuarters() { return quarters; }
    public boolean isMayExtend() { return mayExtend; }
    public List<Tier> getTiers() { return List.of(Tier.values()); }
    public String getQuarter() { return quarter; }
    public void setQuarter(String quarter) { this.quarter = quarter; }
    public Tier getTier() { return tier; }
    public void setTier(Tier tier) { this.tier = tier; }
    public String getDeadline() { return deadline; }
    public void setDeadline(String deadline) { this.deadline = deadline; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
