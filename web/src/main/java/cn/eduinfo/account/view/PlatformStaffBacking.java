package cn.eduinfo.account.view;

import cn.eduinfo.account.Role;
import cn.eduinfo.account.boundary.IssuedCredential;
import cn.eduinfo.account.boundary.PlatformAccounts;
import cn.eduinfo.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** account/platform.xhtml (平台账号): the platform staff's accounts, added, reset and disabled under separated duties. */
@Named
@ViewScoped
public class PlatformStaffBacking implements Serializable {

    @EJB
    PlatformAccounts accounts;

    @Inject
    Messages messages;

    private List<PlatformAccounts.StaffLine> list;
    private IssuedCredential issued;
    private String username;
    private List<Role> roles;
    private Role role;

    @PostConstruct
    void open() {
        roles = accounts.desks();
        role = roles.isEmpty() ? null : roles.get(roles.size() - 1);
        refresh();
    }

    private void refresh() {
        list = accounts.list();
    }

    public void create() {
        messages.attempt(() -> {
            issued = accounts.create(username, role);
            username = null;
            messages.info("platform.created", issued.username());
        });
        refresh();
    }

    public void resetPassword(PlatformAccounts.StaffLine line) {
        messages.attempt(() -> issued = accounts.resetPassword(line.id()));
        refresh();
    }

    public void toggleEnabled(PlatformAccounts.StaffLine line) {
        issued = null;
        messages.attempt(() -> accounts.setEnabled(line.id(), !line.enabled()));
        refresh();
    }

    /** The desks the caller adds accounts to. */
    public List<Role> getRoles() { return roles; }
    public List<PlatformAccounts.StaffLine> getList() { return list; }
    public IssuedCredential getIssued() { return issued; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
}
