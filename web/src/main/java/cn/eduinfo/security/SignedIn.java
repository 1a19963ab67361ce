package cn.eduinfo.security;

import java.io.Serializable;
import java.util.Set;

/** The caller kept in the HTTP session after a form login (serialisable for session failover). */
public record SignedIn(String username, Set<String> groups) implements Serializable {

    public static final String SESSION_KEY = "eduinfo.signedIn";
    public static final String NEEDS_SETUP_KEY = "eduinfo.needsSetup";
}
