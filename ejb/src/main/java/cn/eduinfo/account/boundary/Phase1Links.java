package cn.eduinfo.account.boundary;

import cn.eduinfo.account.Account;
import cn.eduinfo.account.Phase1Account;
import cn.eduinfo.account.Phase1Register;
import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.control.Caller;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * 一期系统账号关联 (notice §1(1)): the MoE information centre loads the register of phase 1's accounts;
 * a school's administrator links its own account to the phase-1 account listed for its school, and may
 * then sign in with that name too.
 */
@Stateless
public class Phase1Links {

    /** Half a million phase-1 accounts take ~15 MB; a file several times that is not a register. */
    public static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    /** Rows per INSERT batch: the register of a national phase 1 holds half a million accounts. */
    private static final int BATCH = 5_000;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/eduinfo")
    DataSource dataSource;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /**
     * @param unlinked accounts whose alias the new register no longer gives to their school: their link is removed
     * @param problems what refused the file, by line (none when it was loaded)
     */
    public record Loaded(int accounts, int unlinked, List<Phase1Register.Problem> problems) {
    }

    /** @param accounts the register's phase-1 accounts; linked, the accounts that answer to one of them */
    public record Register(long accounts, long linked) implements Serializable {
    }

    /**
     * Replaces the register with a file's accounts, or, when any line is wrong, changes nothing and names
     * every problem. A link the new register still gives to the account's school stays; any other is removed.
     */
    @RolesAllowed("SYSTEM_ADMIN")
    public Loaded load(String fileName, byte[] content) {
        if (content != null && content.length > MAX_FILE_BYTES) {
            throw new DomainException("sync.fileTooLarge", MAX_FILE_BYTES / 1024 / 1024);
        }
        Phase1Register.Parsed parsed = Phase1Register.read(content);
        if (!parsed.isAccepted()) {
            return new Loaded(0, 0, parsed.problems());
        }
        int unlinked;
        // Plain JDBC on the transaction's data source: the same transaction, without an entity per line.
        try (Connection c = dataSource.getConnection(); Statement delete = c.createStatement();
             PreparedStatement insert = c.prepareStatement("INSERT INTO phase1_account (username, school_code) VALUES (?, ?)")) {
            delete.executeUpdate("DELETE FROM phase1_account");
            int pending = 0;
            for (Phase1Register.Entry entry : parsed.entries()) {
                insert.setString(1, entry.username());
                insert.setString(2, entry.schoolCode());
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
            // A link stands only while the register gives that name to the account's school.
            unlinked = delete.executeUpdate("UPDATE account SET phase1_alias = NULL, version = version + 1 WHERE phase1_alias IS NOT NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM phase1_account p JOIN organisation o ON o.code = p.school_code"
                    + " WHERE p.username = account.phase1_alias AND o.id = account.organisation_id)");
        } catch (SQLException e) {
            throw new IllegalStateException("the phase-1 register could not be stored", e);
        }
        audit.record("PHASE1_REGISTER_LOADED", "PHASE1_REGISTER", null, fileName + ": " + parsed.entries().size() + " accounts, "
                + unlinked + " links no longer listed removed");
        return new Loaded(parsed.entries().size(), unlinked, List.of());
    }

    @RolesAllowed("SYSTEM_ADMIN")
    public Register register() {
        return new Register(em.createQuery("SELECT COUNT(p) FROM Phase1Account p", Long.class).getSingleResult(),
                em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.phase1Alias IS NOT NULL", Long.class).getSingleResult());
    }

    /** Links the caller's account to the phase-1 account of that name, if the register lists it for the caller's school. */
    @RolesAllowed("ADMINISTRATOR")
    public Me link(String phase1Username) {
        String name = phase1Username == null ? "" : phase1Username.strip();
        Account me = caller.account();
        Phase1Account phase1 = Phase1Register.isAlias(name) ? em.find(Phase1Account.class, name) : null;
        if (phase1 == null) {
            throw new DomainException("phase1.unknown", name);
        }
        me.checkLink(phase1);
        // Asked before the account changes: a query would flush the new alias first, and the unique key refuse it.
        if (em.createQuery("SELECT COUNT(a) FROM Account a WHERE (a.username = :n OR a.phase1Alias = :n) AND a <> :me", Long.class)
                .setParameter("n", name).setParameter("me", me).getSingleResult() > 0) {
            throw new DomainException("phase1.taken", name);
        }
        String replaced = me.getPhase1Alias();
        me.linkPhase1(phase1);
        audit.record("PHASE1_LINKED", "ACCOUNT", me.getId(), me.getUsername() + " ↔ " + name + (replaced == null ? "" : " (was " + replaced + ")"));
        return Me.of(me);
    }

    @RolesAllowed("ADMINISTRATOR")
    public Me unlink() {
        Account me = caller.account();
        String alias = me.getPhase1Alias();
        me.unlinkPhase1();
        audit.record("PHASE1_UNLINKED", "ACCOUNT", me.getId(), me.getUsername() + " ↮ " + alias);
        return Me.of(me);
    }
}
