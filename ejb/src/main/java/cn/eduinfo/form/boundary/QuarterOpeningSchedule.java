package cn.eduinfo.form.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/**
 * On the first day of each quarter (Asia/Shanghai) every active unit gets its form for it. Not
 * persistent: opening is idempotent, and a unit whose form was not opened gets it prefilled when
 * first read, so a missed or repeated firing (another instance of the cluster) changes nothing.
 */
@Singleton
public class QuarterOpeningSchedule {

    @EJB
    QuarterOpening opening;

    @Schedule(month = "1,4,7,10", dayOfMonth = "1", hour = "0", minute = "10", timezone = "Asia/Shanghai", persistent = false)
    void quarterStarts() {
        opening.openCurrent();
    }
}
