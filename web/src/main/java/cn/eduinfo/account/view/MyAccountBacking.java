package cn.eduinfo.account.view;

import cn.eduinfo.account.boundary.Me;
import cn.eduinfo.account.boundary.MyAccount;
import cn.eduinfo.account.boundary.Phase1Links;
import cn.eduinfo.account.boundary.SecurityPolicies;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * account/me.xhtml (我的账号, 第十四条): one's own account, its password and the personal information of the
 * person who holds it, kept current by that person; the same forms as the first login, which goes on to the home page.
 */
@Named
@ViewScoped
public class MyAccountBacking implements Serializable {

    @EJB
    MyAccount myAccount;

    @EJB
    Phase1Links phase1;

    @EJB
    SecurityPolicies policies;

    @Inject
    Messages messages;

    Me me;
    private String currentPassword;
    private String newPassword;
    private String confirmPassword;
    private String realName;
    private String position;
    private String phone;
    private String email;
    private String phase1Alias;
    private int minPasswordLength;

    @PostConstruct
    void load() {
        me = myAccount.me();
        minPasswordLength = policies.policy().minPasswordLength();
        realName = me.realName();
        position = me.position();
        phone = me.phone();
        email = me.email();
    }

    public String changePassword() {
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            messages.error("password.mismatch");
            return null;
        }
        try {
            me = myAccount.changePassword(currentPassword, newPassword);
            messages.info("password.changed");
            return done();
        } catch (DomainException e) {
            messages.error(e);
            return null;
        }
    }

    public String savePersonalInfo() {
        try {
            me = myAccount.recordPersonalInfo(realName, position, phone, email);
            messages.info("personal.saved");
            return done();
        } catch (DomainException e) {
            messages.error(e);
            return null;
        }
    }

    /** 账号关联 (notice §1(1)): a school's administrator links its account to its phase-1 one. */
    public void linkPhase1() {
        try {
            me = phase1.link(phase1Alias);
            messages.info("me.phase1.done", me.phase1Alias());
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void unlinkPhase1() {
        try {
            me = phase1.unlink();
            phase1Alias = null;
            messages.info("me.phase1.undone");
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    /** Where a saved step leads: here, the page again with what was saved. */
    String done() {
        return null;
    }

    public Me getMe() {
        return me;
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String v) { currentPassword = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v; }
    public String getConfirmPassword() { return confirmPassword; }
    public void setConfirmPassword(String v) { confirmPassword = v; }
    public String getRealName() { return realName; }
    public void setRealName(String v) { realName = v; }
    public String getPosition() { return position; }
    public void setPosition(String v) { position = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    /** The security policy's, for the password form's hint. */
    public int getMinPasswordLength() { return minPasswordLength; }
    public String getPhase1Alias() { return phase1Alias; }
    public void setPhase1Alias(String v) { phase1Alias = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
}
