package cn.eduinfo.shared.control;

import cn.eduinfo.account.Account;
import cn.eduinfo.account.Role;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.shared.OutOfScopeException;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who is calling, and the subtree checks every boundary applies before it reads or writes
 * anything by id: an account sees its own organisation and its descendants only.
 */
@Stateless
public class Caller {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    public String username() {
        return context.getCallerPrincipal().getName();
    }

    public Account account() {
        return em.createQuery("SELECT a FROM Account a JOIN FETCH a.organisation WHERE a.username = :u", Account.class)
                .setParameter("u", username())
                .getResultStream().findFirst()
                .orElseThrow(OutOfScopeException::new);
    }

    /** The organisation with this id, if it lies in the caller's subtree; a refusal otherwise (also for unknown ids). */
    public Organisation organisationInScope(long id) {
        Organisation target = em.find(Organisation.class, id);
        if (target == null || !account().getOrganisation().contains(target)) {
            throw new OutOfScopeException();
        }
        return target;
    }

    /**
     * An account the caller may hand out: an administrator manages the accounts of its direct
     * subordinates (第十三条); the security administrator manages every organisation account.
     */
    public Account manageableAccount(long accountId) {
        Account target = em.find(Account.class, accountId);
        if (target == null || !mayManageAccountsOf(target.getOrganisation()) || target.getRole().isPlatform()) {
            throw new OutOfScopeException();
        }
        return target;
    }

    /** The organisation whose accounts the caller hands out: a direct subordinate (or any, for security admins). */
    public Organisation subordinateInScope(long orgId) {
        Organisation target = em.find(Organisation.class, orgId);
        if (target == null || !mayManageAccountsOf(target)) {
            throw new OutOfScopeException();
        }
        return target;
    }

    private boolean mayManageAccountsOf(Organisation target) {
        Account me = account();
        return switch (me.getRole()) {
            case SECURITY_ADMIN -> target != null;
            case ADMINISTRATOR -> me.getOrganisation().isParentOf(target);
            default -> false;
        };
    }

    public boolean hasRole(Role role) {
        return context.isCallerInRole(role.name());
    }
}
