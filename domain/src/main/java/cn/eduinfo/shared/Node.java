package cn.eduinfo.shared;

import java.time.Instant;

/** This JVM as the cluster (a Payara deployment group) knows it: what claims and heartbeats record. */
public final class Node {

    private Node() {
    }

    /** The Payara instance name; "server" on a lone domain (and in tests). */
    public static String name() {
        return System.getProperty("com.sun.aas.instanceName", "server");
    }

    /**
     * The time a heartbeat carries: the real clock, never the injected one, because training mode's
     * simulated clock jumps when it is set and would make every heartbeat look stale (or fresh).
     */
    public static Instant now() {
        return Instant.now();
    }
}
