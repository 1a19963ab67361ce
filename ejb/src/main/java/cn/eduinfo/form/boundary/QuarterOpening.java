package cn.eduinfo.form.boundary;

import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.form.control.FormOpening;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.control.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Opens a quarter (第十五条: each quarter every active organisation has its form, prefilled with what
 * it last reported): one set-based statement writes the form of every active unit that has none yet,
 * carrying its last values, under the version valid for the quarter. Safe to run again: units that
 * have their form keep it. Run by the quarterly timer, or by the platform's operator.
 */
@Stateless
@RolesAllowed("SYSTEM_ADMIN")
public class QuarterOpening {

    @Inject
    FormOpening opening;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** @return how many forms were written */
    public int open(Quarter quarter) {
        return open(quarter, caller.username());
    }

    /**
     * The quarterly timer's opening of the quarter it is now (Asia/Shanghai). Open to the timer, which
     * calls with no principal (Payara maps none to a {@code @RunAs} role): it takes nothing from its caller.
     */
    @PermitAll
    public int openCurrent() {
        return open(Quarter.of(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")))), "schedule");
    }

    private int open(Quarter quarter, String by) {
        int written = opening.open(quarter);
        audit.recordAs(by, "QUARTER_OPENED", "QUARTER", quarter.toString(), written + " forms");
        return written;
    }
}
