package cn.eduinfo.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every IT deploys the one built EAR as a black box and talks to it over HTTP (jakartaee-examples' ITBase). */
@ExtendWith(ArquillianExtension.class)
abstract class ItBase {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL url;

    /** The application's base URL, ending in '/'. */
    String base() {
        return Deployments.base(url);
    }

    /** The server's root, for /health. */
    String serverRoot() {
        return Deployments.serverRoot(url);
    }
}
