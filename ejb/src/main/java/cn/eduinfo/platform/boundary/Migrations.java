package cn.eduinfo.platform.boundary;

import cn.eduinfo.platform.control.TimerRows;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this build expects before anything else starts. Flyway commits
 * its own work, so the bean manages no transaction.
 */
@Singleton
@Startup
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = "jdbc/eduinfo")
    DataSource dataSource;

    /** Test databases only: wipe the schema before migrating, so every test run starts from the same state. */
    @Inject
    @ConfigProperty(name = "eduinfo.db.clean-on-start", defaultValue = "false")
    boolean cleanOnStart;

    private Flyway flyway;

    @PostConstruct
    void migrate() {
        boolean postgres = isPostgres();
        flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                // db/postgres: the few migrations that only PostgreSQL has a use for (storage settings).
                .locations(postgres ? new String[]{"classpath:db/migration", "classpath:db/postgres"} : new String[]{"classpath:db/migration"})
                // The only differences between the databases, so that one set of migrations serves both.
                .placeholders(Map.of("pathOps", postgres ? "varchar_pattern_ops" : "", "blobType", postgres ? "BYTEA" : "BLOB",
                        "jsonType", postgres ? "JSONB" : "VARCHAR(100000)"))
                // Payara's timer service creates its table in this database when it starts before the
                // application does; baseline at 0 so that such a schema still gets every migration.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(!cleanOnStart)
                .load();
        var result = cleanOnStart ? cleanAndMigrate() : flyway.migrate();
        LOG.info(() -> "schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied)");
    }

    /** Wipes and migrates the schema, keeping the persistent timers Payara stored for this deployment. */
    private MigrateResult cleanAndMigrate() {
        LOG.warning("eduinfo.db.clean-on-start=true: wiping the schema (but for the persistent timers)");
        try {
            TimerRows timers = TimerRows.read(dataSource);
            flyway.clean();
            MigrateResult result = flyway.migrate();
            timers.restore(dataSource);
            LOG.info(() -> timers.size() + " persistent timers kept");
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("the persistent timers could not be kept", e);
        }
    }

    /** True when the database is reachable and no migration is pending. */
    public boolean isMigrated() {
        return flyway != null && flyway.info().pending().length == 0 && flyway.info().current() != null;
    }

    private boolean isPostgres() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("database not reachable", e);
        }
    }
}
