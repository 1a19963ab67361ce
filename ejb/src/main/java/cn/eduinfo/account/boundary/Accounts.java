package cn.eduinfo.account.boundary;

import cn.eduinfo.account.Account;
import cn.eduinfo.account.control.AccountSlips;
import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.control.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Handing out accounts (第十三条): an authority's administrator manages the accounts of its direct
 * subordinates; the security administrator any organisation account. Every action is audited.
 */
@Stateless
@RolesAllowed({"ADMINISTRATOR", "SECURITY_ADMIN"})
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    AccountSlips slips;

    @Inject
    Clock clock;

    /** The accounts of every direct subordinate of the caller's organisation. */
    public List<AccountSummary> ofDirectSubordinates() {
        Organisation own = caller.account().getOrganisation();
        return em.createQuery("SELECT a FROM Account a JOIN FETCH a.organisation o WHERE o.parent = :p ORDER BY o.code, a.username", Account.class)
                .setParameter("p", own)
                .getResultList().stream().map(a -> AccountSummary.of(a, clock.instant())).toList();
    }

    /**
     * The security administrator's search over every organisation account: by the start of the user
     * name, an organisation's code, or a part of its name (at most 200, by organisation code).
     */
    @RolesAllowed("SECURITY_ADMIN")
    public List<AccountSummary> search(String text) {
        String q = text == null ? "" : text.strip();
        if (q.codePointCount(0, q.length()) < 2) {
            throw new DomainException("account.search.tooShort");
        }
        String literal = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return em.createQuery("SELECT a FROM Account a JOIN FETCH a.organisation o WHERE UPPER(a.username) LIKE :prefix ESCAPE '\\'"
                        + " OR o.code = :code OR o.name LIKE :name ESCAPE '\\' ORDER BY o.code, a.username", Account.class)
                .setParameter("prefix", literal.toUpperCase() + "%")
                .setParameter("code", q)
                .setParameter("name", "%" + literal + "%")
                .setMaxResults(200)
                .getResultList().stream().map(a -> AccountSummary.of(a, clock.instant())).toList();
    }

    /** The accounts of one direct subordinate. */
    public List<AccountSummary> of(long organisationId) {
        Organisation org = caller.subordinateInScope(organisationId);
        return accountsOf(List.of(org)).stream().map(a -> AccountSummary.of(a, clock.instant())).toList();
    }

    public IssuedCredential resetPassword(long accountId) {
        return IssuedCredential.reset(caller.manageableAccount(accountId), audit);
    }

    public AccountSummary setEnabled(long accountId, boolean enabled) {
        Account target = caller.manageableAccount(accountId);
        target.setEnabled(enabled);
        audit.record(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "ACCOUNT", target.getId(), target.getUsername());
        return AccountSummary.of(target, clock.instant());
    }

    /** Who has held an account the caller hands out, the present holder first. */
    public List<HolderLine> holders(long accountId) {
        return caller.manageableAccount(accountId).getHolders().stream().map(HolderLine::of).toList();
    }

    /**
     * Account slips (an .xlsx workbook) for handing out the accounts of one direct subordinate, or of
     * all of them when {@code organisationId} is null. Accounts not yet handed out get a fresh
     * initial password printed on the slip; accounts in use are listed without one.
     */
    public byte[] exportSlips(Long organisationId) {
        List<Organisation> orgs = organisationId == null
                ? em.createQuery("SELECT o FROM Organisation o WHERE o.parent = :p ORDER BY o.code", Organisation.class)
                    .setParameter("p", caller.account().getOrganisation()).getResultList()
                : List.of(caller.subordinateInScope(organisationId));
        List<AccountSlips.Slip> rows = new ArrayList<>();
        for (Account a : accountsOf(orgs)) {
            String initial = a.isHandedOut() || !a.isEnabled() ? null : a.issueInitialPassword();
            rows.add(new AccountSlips.Slip(a, initial));
        }
        audit.record("ACCOUNT_SLIPS_EXPORTED", "ORGANISATION", organisationId == null ? "subordinates" : organisationId,
                rows.stream().filter(r -> r.initialPassword() != null).count() + " initial passwords issued, "
                        + rows.size() + " accounts listed");
        return slips.write(rows);
    }

    private List<Account> accountsOf(List<Organisation> orgs) {
        if (orgs.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Account a JOIN FETCH a.organisation o WHERE o IN :orgs ORDER BY o.code, a.username", Account.class)
                .setParameter("orgs", orgs)
                .getResultList();
    }
}
