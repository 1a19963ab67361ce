package cn.eduinfo.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the ITs' Payara before Arquillian looks for it, as the operators' scripts start theirs (start_domain:
 * again if Payara gives up, which now and then it does on a race among its services), and stops it once the
 * failsafe execution's tests are done. Arquillian's own start has no such retry: it connects to the running
 * server instead (allowConnectingToRunningServer) and leaves it running. Only the executions that set
 * {@code it.server.start} use it; the group ITs start servers of their own.
 */
public final class ItServerSession implements LauncherSessionListener {

    private static final boolean MANAGED = Boolean.getBoolean("it.server.start");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (MANAGED) {
            System.out.println("ItServerSession: starting domain1 for this execution's ITs");
            Server.startDomain();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (MANAGED) {
            System.out.println("ItServerSession: stopping domain1");
            Server.stopDomain();
        }
    }
}
