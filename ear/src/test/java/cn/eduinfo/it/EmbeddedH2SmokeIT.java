package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The embedded default (H2 inside the server, as server-config/run uses it): migrated, demo data, ready. */
@ExtendWith(ArquillianExtension.class)
class EmbeddedH2SmokeIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL url;

    @Test
    void theEmbeddedDefaultIsReadyWithItsDemoData() {
        var ready = Api.anonymous(Deployments.serverRoot(url)).get("health/ready");
        assertEquals(200, ready.status(), ready.toString());
        assertTrue(ready.body().contains("\"schemaMigrated\":\"true\""), ready.body());
        assertTrue(ready.body().contains("H2") || ready.body().contains("h2"), "ready reports the database: " + ready.body());

        var mine = Api.demo(Deployments.base(url), "000000R1").get("api/organisations/mine");
        assertEquals(200, mine.status(), mine.toString());
        assertEquals("000000", mine.json().getString("code"));
        assertEquals(200, Api.anonymous(Deployments.serverRoot(url)).get("health/live").status());
    }
}
