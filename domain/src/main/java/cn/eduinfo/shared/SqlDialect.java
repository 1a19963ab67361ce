package cn.eduinfo.shared;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.PGConnection;

/** The little that differs between PostgreSQL (production) and H2 (the embedded default) in the set-based statements. */
public enum SqlDialect {
    POSTGRES, H2;

    /** The advisory lock's key: any number no other part of the system locks ('seed' in ASCII). */
    private static final long SEED_LOCK = 0x73656564L;

    public static SqlDialect of(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres") ? POSTGRES : H2;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the database", e);
        }
    }

    /**
     * The PostgreSQL driver's own connection under the pool's and the persistence provider's wrappers,
     * for its COPY; empty on another database, or where a wrapper hides it (then plain statements serve).
     */
    public static Optional<PGConnection> copyConnection(Connection connection) {
        if (of(connection) != POSTGRES) {
            return Optional.empty();
        }
        try {
            return Optional.of(connection.unwrap(PGConnection.class));
        } catch (SQLException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The dialect of the connection a JPA transaction holds. */
    public static SqlDialect of(EntityManager em) {
        return of(em.unwrap(Connection.class));
    }

    /**
     * Waits, for the rest of the caller's transaction, until no other instance of a deployment group is
     * seeding a new database (the demo data, the platform accounts, the catalogue): the instances of a
     * group start together, and each must find the other's seed committed and leave it, not insert it
     * twice (seen: the second instance failed to load the application). H2 is one JVM's own.
     */
    public static void seedOneInstanceAtATime(EntityManager em) {
        if (of(em) == POSTGRES) {
            em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(" + SEED_LOCK + ")) seeding").getSingleResult();
        }
    }

    /**
     * After a bulk write, fresh planner statistics for the tables it filled: PostgreSQL's own
     * analysis comes later, and until then it plans the next set-based statements for empty tables
     * (seen: opening a quarter of 366,000 units ran for minutes instead of seconds).
     */
    public void refreshStatistics(EntityManager em, String... tables) {
        if (this == POSTGRES) {
            for (String table : tables) {
                em.createNativeQuery("ANALYZE " + table).executeUpdate();
            }
        }
    }

    /**
     * The INSERT of a claim (a row keyed by what it claims: a deadline, a reminder) made to insert
     * nothing, instead of failing, when another instance of the group holds that claim: on PostgreSQL it
     * waits for that instance's transaction, then inserts nothing (a failure was logged with its stack
     * by the container, on every instance, at every start of a group). H2 is one JVM's own.
     */
    public String claim(String insert) {
        return this == POSTGRES ? insert + " ON CONFLICT DO NOTHING" : insert;
    }

    /** A fresh id per row, from the sequence JPA allocates from (each call takes a whole block of 50, so neither side collides). */
    public String nextId(String sequence) {
        return this == POSTGRES ? "nextval('" + sequence + "')" : "NEXT VALUE FOR " + sequence;
    }

    /** A query of as many fresh ids (see nextId) as its one parameter says. */
    public String nextIds(String sequence) {
        return "SELECT " + nextId(sequence) + " FROM " + (this == POSTGRES ? "generate_series(1, ?)" : "SYSTEM_RANGE(1, ?)");
    }
}
