package cn.eduinfo.it;

import java.io.File;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** Every IT deploys the one EAR the build produced (never a hand-assembled archive). */
public final class Deployments {

    public static final String CONTEXT_ROOT = "eduinfo/";

    private Deployments() {
    }

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("ear.file", "target/eduinfo.ear")));
    }

    /** The application's base URL, whether Arquillian hands over the server's root or the web module's. */
    public static String base(URL url) {
        String s = url.toString().endsWith("/") ? url.toString() : url + "/";
        return s.endsWith(CONTEXT_ROOT) ? s : s + CONTEXT_ROOT;
    }

    /** The server's root (for /health), from the application's base URL. */
    public static String serverRoot(URL url) {
        String base = base(url);
        return base.substring(0, base.length() - CONTEXT_ROOT.length());
    }
}
