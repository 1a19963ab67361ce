package cn.eduinfo.account;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.Organisation;
import java.time.Instant;
import java.util.List;

/** Which accounts an organisation gets when it appears (第八条, 第十三条). */
public final class AccountRules {

    private AccountRules() {
    }

    public static List<Role> rolesFor(OrgKind kind) {
        return kind.hasReviewer()
                ? List.of(Role.ADMINISTRATOR, Role.REVIEWER, Role.INSPECTOR)
                : List.of(Role.ADMINISTRATOR);
    }

    /** The accounts a new organisation gets, one per role of its kind; none has a password yet. */
    public static List<Account> accountsFor(Organisation org, Instant now) {
        return rolesFor(org.getKind()).stream().map(role -> Account.generated(org, role, now)).toList();
    }
}
