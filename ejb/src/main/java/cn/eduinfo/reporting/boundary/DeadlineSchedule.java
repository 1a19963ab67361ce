package cn.eduinfo.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * The deadlines' timer: a persistent calendar timer firing at the start of every minute, so a tier's
 * deadline (24:00 of its last day, Asia/Shanghai) and a return's time limit are applied within the
 * minute they fall due; at startup it first catches up on what fell due while the server was down.
 * Several instances may fire together: {@link Deadlines} applies each step once.
 */
@Singleton
@Startup
@DependsOn({"Migrations", "DemoForms"})
public class DeadlineSchedule {

    @EJB
    Deadlines deadlines;

    @PostConstruct
    void catchUp() {
        deadlines.runDue();
    }

    @Schedule(second = "0", minute = "*", hour = "*", timezone = "Asia/Shanghai", persistent = true, info = "eduinfo deadlines")
    void everyMinute() {
        deadlines.runDue();
    }
}
