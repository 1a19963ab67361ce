package cn.eduinfo.reporting.boundary;

import cn.eduinfo.org.Tier;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.TierCalendar;
import cn.eduinfo.reporting.Window;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/** When each tier reports a quarter (第十八条): the windows every screen and the deadlines go by. */
@Stateless
@PermitAll
public class ReportingCalendar {

    /** One tier's window, as its deadline reads in Beijing time. */
    public record TierWindow(Tier tier, Window window) implements java.io.Serializable {
    }

    @Inject
    TierCalendar calendar;

    public List<TierWindow> windows(Quarter quarter) {
        return Arrays.stream(Tier.values()).map(t -> new TierWindow(t, calendar.window(quarter, t))).toList();
    }

    public Window window(Quarter quarter, Tier tier) {
        return calendar.window(quarter, tier);
    }
}
