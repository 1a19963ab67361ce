package cn.eduinfo.account.view;

import cn.eduinfo.account.boundary.AccountSummary;
import cn.eduinfo.account.boundary.Accounts;
import cn.eduinfo.account.boundary.HolderLine;
import cn.eduinfo.account.boundary.IssuedCredential;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import cn.eduinfo.shared.Workbooks;
import cn.eduinfo.shared.Unreplicated;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * account/list.xhtml: the accounts of my direct subordinates, to hand out, reset, enable and disable;
 * the security administrator also finds any organisation account by user name or organisation.
 */
@Named
@ViewScoped
public class AccountListBacking implements Serializable {


    @EJB
    Accounts accounts;

    @Inject
    Messages messages;

    /** A row per account shown. */
    private final Unreplicated<List<AccountSummary>> list = new Unreplicated<>();
    private IssuedCredential issued;
    private String query;
    private String shownQuery;
    /** The account whose holders are shown, and they, the present one first. */
    private String holdersOf;
    private List<HolderLine> holders = List.of();

    @PostConstruct
    void load() {
        list.read(this::shown);
    }

    private List<AccountSummary> shown() {
        return shownQuery == null ? accounts.ofDirectSubordinates() : accounts.search(shownQuery);
    }

    /** A blank search goes back to the direct subordinates. */
    public void search() {
        try {
            shownQuery = query == null || query.isBlank() ? null : query;
            load();
        } catch (DomainException e) {
            shownQuery = null;
            messages.error(e);
        }
    }

    public void resetPassword(AccountSummary account) {
        try {
            issued = accounts.resetPassword(account.id());
            messages.info("account.resetDone", account.username());
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void toggleEnabled(AccountSummary account) {
        try {
            accounts.setEnabled(account.id(), !account.enabled());
            messages.info(account.enabled() ? "account.disabledDone" : "account.enabledDone", account.username());
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void showHolders(AccountSummary account) {
        try {
            holders = accounts.holders(account.id());
            holdersOf = account.username();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    /** Slips for all direct subordinates; accounts not yet handed out get initial passwords. */
    public StreamedContent getSlips() {
        return Workbooks.download("account-slips.xlsx", () -> accounts.exportSlips(null));
    }

    public List<AccountSummary> getList() { return list.get(this::shown, List.of()); }
    public IssuedCredential getIssued() { return issued; }
    public String getHoldersOf() { return holdersOf; }
    public List<HolderLine> getHolders() { return holders; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
}
