package cn.eduinfo.account.view;

import cn.eduinfo.account.boundary.Me;
import cn.eduinfo.account.boundary.MyAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** home.xhtml: who I am, my organisation, my role and my reporting tier. */
@Named
@RequestScoped
public class HomeBacking {

    @EJB
    MyAccount myAccount;

    private Me me;

    @PostConstruct
    void load() {
        me = myAccount.me();
    }

    public Me getMe() {
        return me;
    }

    /** Schools and teaching points decide no affiliations. */
    public boolean isSchool() {
        return !me.organisation().kind().isAuthority();
    }
}
