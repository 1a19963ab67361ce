package cn.eduinfo.platform;

import cn.eduinfo.platform.boundary.Migrations;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** /health/ready: the database answers and its schema is at the version this build expects. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/eduinfo")
    DataSource dataSource;

    @EJB
    Migrations migrations;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection c = dataSource.getConnection()) {
            boolean reachable = c.isValid(5);
            boolean migrated = migrations.isMigrated();
            return response.status(reachable && migrated)
                    .withData("database", c.getMetaData().getDatabaseProductName())
                    .withData("reachable", reachable)
                    .withData("schemaMigrated", migrated)
                    .build();
        } catch (Exception e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
