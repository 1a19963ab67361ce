package cn.eduinfo.account.boundary;

import cn.eduinfo.account.Account;
import cn.eduinfo.account.PersonalInfo;
import cn.eduinfo.account.Role;
import cn.eduinfo.org.boundary.OrgSummary;
import java.io.Serializable;

/** The signed-in account: what the home page and the first-login gate need. */
public record Me(String username, Role role, OrgSummary organisation, boolean mustChangePassword,
                 boolean needsPersonalInfo, String realName, String position, String phone, String email,
                 boolean mayLinkPhase1, String phase1Alias)
        implements Serializable {

    public static Me of(Account a) {
        PersonalInfo info = a.getPersonalInfo();
        return new Me(a.getUsername(), a.getRole(), OrgSummary.of(a.getOrganisation()), a.isMustChangePassword(),
                !a.getRole().isPlatform() && !info.isComplete(), info.getRealName(), info.getPosition(),
                info.getPhone(), info.getEmail(), a.mayLinkPhase1(), a.getPhase1Alias());
    }

    public boolean needsSetup() {
        return mustChangePassword || needsPersonalInfo;
    }
}
