package cn.eduinfo.reporting.control;

import cn.eduinfo.reporting.TierCalendar;
import cn.eduinfo.reporting.TierWindows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The tier calendar of 第十八条, its windows overridable through MicroProfile Config (README, 'Configuration'). */
@ApplicationScoped
public class CalendarProducer {

    @Inject
    @ConfigProperty(name = "eduinfo.reporting.windows", defaultValue = "county=1-5,prefecture=6-10,province=11-15,national=16-20")
    String windows;

    @Produces
    public TierCalendar calendar() {
        return new TierCalendar(TierWindows.parse(windows), List.of());
    }
}
