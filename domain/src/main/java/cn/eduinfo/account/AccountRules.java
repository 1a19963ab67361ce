package cn.eduinfo.account;

import cn.eduinfo.org.OrgKind;
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
}
