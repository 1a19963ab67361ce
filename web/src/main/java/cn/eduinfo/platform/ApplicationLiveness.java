package cn.eduinfo.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** /health/live: the application is deployed and its CDI container answers. */
@org.eclipse.microprofile.health.Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        return HealthCheckResponse.named("application")
                .up()
                .withData("heapUsedMb", (rt.totalMemory() - rt.freeMemory()) >> 20)
                .withData("heapMaxMb", rt.maxMemory() >> 20)
                .build();
    }
}
