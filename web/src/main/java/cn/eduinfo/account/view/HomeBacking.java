package cn.eduinfo.account.view;

import cn.eduinfo.account.boundary.Me;
import cn.eduinfo.account.boundary.MyAccount;
import cn.eduinfo.account.Role;
import cn.eduinfo.org.boundary.Organisations;
import cn.eduinfo.org.boundary.SupportContact;
import cn.eduinfo.reporting.boundary.Deadlines;
import cn.eduinfo.reporting.boundary.Reporting;
import cn.eduinfo.reporting.boundary.ToDo;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * home.xhtml: who I am, my organisation, my role and my reporting tier, and what waits for my unit this quarter (待办); the
 * system administrator also sees the deadlines' health.
 */
@Named
@RequestScoped
public class HomeBacking {

    @EJB
    MyAccount myAccount;

    @EJB
    Deadlines deadlines;

    @EJB
    Organisations organisations;

    @EJB
    Reporting reporting;

    /** 第二十一条: the MoE's technical support line, on every unit's home page. */
    @Inject
    @ConfigProperty(name = "eduinfo.support.moe-phone", defaultValue = "010-66090906")
    String moeSupportPhone;

    private Me me;
    private Deadlines.Health deadlinesHealth;
    private Optional<SupportContact> support;
    private ToDo toDo;

    @PostConstruct
    void load() {
        me = myAccount.me();
        if (me.role() == Role.SYSTEM_ADMIN) {
            deadlinesHealth = deadlines.health();
        }
        if (!me.role().isPlatform()) {
            toDo = reporting.toDo();
        }
    }

    /** Null but for the system administrator, who runs the platform. */
    public Deadlines.Health getDeadlinesHealth() {
        return deadlinesHealth;
    }

    /** The support unit the caller's unit turns to (第六条), read only where the home page shows it; null if none was named. */
    public SupportContact getSupport() {
        if (support == null) {
            support = Optional.ofNullable(organisations.support());
        }
        return support.orElse(null);
    }

    /** 待办: null for platform staff, who report nothing. */
    public ToDo getToDo() {
        return toDo;
    }

    public String getMoeSupportPhone() {
        return moeSupportPhone;
    }

    public Me getMe() {
        return me;
    }

    /** Schools and teaching points decide no affiliations. */
    public boolean isSchool() {
        return !me.organisation().kind().isAuthority();
    }
}
