package cn.eduinfo.sync;

/**
 * Why the sync makes a change that no row of the file states (registry-format.md, 'Rules the job
 * applies'). A change the file's own row states has no reason: the row is the reason.
 */
public enum ChangeReason {
    /**
     * The snapshot no longer lists an active school, teaching point or HEI: a full snapshot lists
     * every organisation, so the unit is closed, effective the snapshot's date ({@link ChangeSet#snapshotDate}).
     */
    OMITTED
}
