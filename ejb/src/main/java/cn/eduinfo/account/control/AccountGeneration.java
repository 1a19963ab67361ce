package cn.eduinfo.account.control;

import cn.eduinfo.account.Account;
import cn.eduinfo.account.AccountRules;
import cn.eduinfo.org.Organisation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Gives a new organisation its accounts, one per role its kind has (第八条); none has a password yet. */
@Stateless
public class AccountGeneration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<Account> generateFor(Organisation org) {
        List<Account> accounts = AccountRules.rolesFor(org.getKind()).stream()
                .map(role -> Account.generated(org, role, clock.instant()))
                .toList();
        accounts.forEach(em::persist);
        return accounts;
    }
}
