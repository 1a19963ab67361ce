package cn.eduinfo.account.view;

import cn.eduinfo.account.boundary.Me;
import cn.eduinfo.account.boundary.MyAccount;
import cn.eduinfo.account.Role;
import cn.eduinfo.reporting.boundary.Deadlines;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** home.xhtml: who I am, my organisation, my role and my reporting tier; the system administrator also sees the deadlines' health. */
@Named
@RequestScoped
public class HomeBacking {

    @EJB
    MyAccount myAccount;

    @EJB
    Deadlines deadlines;

    private Me me;
    private Deadlines.Health deadlinesHealth;

    @PostConstruct
    void load() {
        me = myAccount.me();
        if (me.role() == Role.SYSTEM_ADMIN) {
            deadlinesHealth = deadlines.health();
        }
    }

    /** Null but for the system administrator, who runs the platform. */
    public Deadlines.Health getDeadlinesHealth() {
        return deadlinesHealth;
    }

    public Me getMe() {
        return me;
    }

    /** Schools and teaching points decide no affiliations. */
    public boolean isSchool() {
        return !me.organisation().kind().isAuthority();
    }
}
