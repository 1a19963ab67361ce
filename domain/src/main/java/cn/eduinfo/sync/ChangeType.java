package cn.eduinfo.sync;

/** What the sync does for one code (registry-format.md, 'Rules the job applies'). */
public enum ChangeType {
    /** A new active code: the organisation and its accounts are created. */
    ADD,
    /** A known code with another name or division: a rename keeps the code. */
    CHANGE,
    /**
     * An active code now CLOSED, or an active school, teaching point or HEI the snapshot no longer lists
     * ({@link ChangeReason#OMITTED}): accounts disabled.
     */
    CLOSE,
    /** A code now MERGED: accounts disabled, successor recorded. */
    MERGE,
    /** A closed code back ACTIVE with the same kind and category. */
    REOPEN,
    /** A known code under another parent: never applied by the sync, proposed to the nearest common ancestor (第十一条). */
    MOVE_PROPOSED
}
