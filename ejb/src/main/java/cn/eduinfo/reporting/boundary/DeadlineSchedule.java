package cn.eduinfo.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The deadlines' timer: a persistent calendar timer firing at the start of every minute, so a tier's
 * deadline (24:00 of its last day, Asia/Shanghai) and a return's time limit are applied within the
 * minute they fall due; at startup it first catches up on what fell due while the server was down.
 * Several instances may fire together: {@link Deadlines} applies each step once. On one instance the
 * runs take turns (the singleton's write lock), and so does training mode's setting of the clock with
 * the run that follows it, so that what falls due is applied, and reported, by that run.
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

    /** Runs {@code work} (setting the training clock) and then what is due, with no other run in between. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Deadlines.Outcome runDueAfter(Runnable work) {
        work.run();
        return deadlines.runDue();
    }
}
