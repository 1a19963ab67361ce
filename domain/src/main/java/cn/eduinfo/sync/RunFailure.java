package cn.eduinfo.sync;

import cn.eduinfo.shared.DomainException;
import java.io.Serializable;
import java.util.List;

/**
 * Why a run failed, as the operator reads it on the run's page (a message key of the web bundles and
 * its arguments): a rule of the sync's own, thrown as a DomainException where it is known (the tree's
 * tables held by another session: BulkLoad; a cut-off first load's file no longer fitting the tree:
 * SyncSteps), or anything else, named by its deepest cause for whoever reads the server log.
 */
public record RunFailure(String key, List<String> args) implements Serializable {

    /** The tables a first load needs stayed held by another session for the seconds it waited. */
    public static final String TABLES_BUSY = "sync.failure.tablesBusy";
    /** A resumed bulk load whose stored file no longer yields the change set validated (SyncRun.wasValidatedWith). */
    public static final String FILE_NO_LONGER_FITS = "sync.failure.fileNoLongerFits";
    public static final String UNEXPECTED = "sync.failure.unexpected";
    /** The batch runtime refused to start (or restart) the run's job: nothing ran. */
    public static final String NOT_STARTED = "sync.failure.notStarted";

    private static final int DETAIL = 300;

    public RunFailure {
        args = List.copyOf(args);
    }

    public static RunFailure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DomainException rule) {
                return new RunFailure(rule.key(), rule.args().stream().map(String::valueOf).toList());
            }
        }
        return new RunFailure(UNEXPECTED, List.of(rootCause(failure)));
    }

    /** The batch runtime refused to start the run's job, for this reason. */
    public static RunFailure notStarted(Throwable failure) {
        return new RunFailure(NOT_STARTED, List.of(rootCause(failure)));
    }

    /** The deepest cause, named for whoever reads the server log. */
    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return detail.length() > DETAIL ? detail.substring(0, DETAIL) + "…" : detail;
    }
}
