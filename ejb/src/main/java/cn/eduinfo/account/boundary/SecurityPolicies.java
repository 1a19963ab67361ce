package cn.eduinfo.account.boundary;

import cn.eduinfo.account.PasswordPolicy;
import cn.eduinfo.account.SecurityPolicy;
import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.shared.ConflictException;
import cn.eduinfo.shared.SqlDialect;
import cn.eduinfo.shared.control.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security policy (安全策略) the security administrator keeps: read at every login, password change and
 * sign-in; until it is first saved, the configured defaults (eduinfo.lockout.*, eduinfo.session.idle-minutes).
 * One row in the database, so that every instance of a deployment group applies the same policy at once.
 */
@Stateless
public class SecurityPolicies {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "eduinfo.lockout.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "eduinfo.lockout.minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "eduinfo.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    /** @param version 0 while the configured defaults apply; changedBy and changedAt null then */
    public record Current(SecurityPolicy policy, int version, String changedBy, Instant changedAt) implements Serializable {
    }

    @PermitAll
    public Current current() {
        List<?> rows = em.createNativeQuery("SELECT max_failures, lock_minutes, min_password_length, idle_minutes, changed_by,"
                + " changed_at, version FROM security_policy WHERE id = 1").getResultList();
        if (rows.isEmpty()) {
            return new Current(new SecurityPolicy(maxFailures, lockMinutes, PasswordPolicy.MIN_LENGTH, idleMinutes), 0, null, null);
        }
        Object[] r = (Object[]) rows.get(0);
        return new Current(new SecurityPolicy(number(r[0]), number(r[1]), number(r[2]), number(r[3])), number(r[6]), (String) r[4],
                ((Timestamp) r[5]).toInstant());
    }

    @PermitAll
    public SecurityPolicy policy() {
        return current().policy();
    }

    /**
     * Replaces the policy, as read at {@code version} (Current.version): refused when a value is out of its
     * bounds, or when someone saved another policy since (nothing is saved either way). Audited before → after.
     */
    @RolesAllowed("SECURITY_ADMIN")
    public Current set(SecurityPolicy policy, int version) {
        policy.checked();
        Current before = current();
        if (before.version() != version) {
            throw conflict(before);
        }
        Timestamp now = Timestamp.from(clock.instant());
        int written = version == 0
                // First saved by two at once: the second inserts nothing and is told, as for an update.
                ? em.createNativeQuery(SqlDialect.of(em).claim("INSERT INTO security_policy (id, max_failures, lock_minutes,"
                        + " min_password_length, idle_minutes, changed_by, changed_at, version) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, 1)"))
                .setParameter(1, policy.maxFailures()).setParameter(2, policy.lockMinutes()).setParameter(3, policy.minPasswordLength())
                .setParameter(4, policy.idleMinutes()).setParameter(5, caller.username()).setParameter(6, now).executeUpdate()
                : em.createNativeQuery("UPDATE security_policy SET max_failures = ?1, lock_minutes = ?2, min_password_length = ?3,"
                        + " idle_minutes = ?4, changed_by = ?5, changed_at = ?6, version = version + 1 WHERE id = 1 AND version = ?7")
                .setParameter(1, policy.maxFailures()).setParameter(2, policy.lockMinutes()).setParameter(3, policy.minPasswordLength())
                .setParameter(4, policy.idleMinutes()).setParameter(5, caller.username()).setParameter(6, now).setParameter(7, version)
                .executeUpdate();
        if (written == 0) {
            throw conflict(current());
        }
        audit.record("SECURITY_POLICY_CHANGED", "SECURITY_POLICY", 1, before.policy() + " → " + policy);
        return current();
    }

    /** Someone saved since the caller read: named, or (nothing saved yet, a version made up) nobody. */
    private static ConflictException conflict(Current now) {
        return new ConflictException("policy.conflict", Objects.toString(now.changedBy(), "—"));
    }

    private static int number(Object column) {
        return ((Number) column).intValue();
    }
}
