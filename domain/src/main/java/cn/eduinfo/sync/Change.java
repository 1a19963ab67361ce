package cn.eduinfo.sync;

/**
 * One change the sync applies (or, for {@link ChangeType#MOVE_PROPOSED}, proposes).
 *
 * @param before   what the system holds, null for {@link ChangeType#ADD}
 * @param after    the file's row; for a change no row states ({@code reason} not null) the row the
 *                 registry's snapshot implies, at line 0
 * @param proposer for {@link ChangeType#MOVE_PROPOSED} the code of the nearest authority that is an
 *                 ancestor of both the old and the new parent, whose administrators decide (第十一条); null otherwise
 * @param reason   why the sync makes a change no row of the file states ({@link ChangeReason#OMITTED});
 *                 null when the file's row states it
 */
public record Change(ChangeType type, String code, OrgSnapshot before, RegistryRow after, String proposer, ChangeReason reason) {

    /** A change the file's row states. */
    public Change(ChangeType type, String code, OrgSnapshot before, RegistryRow after, String proposer) {
        this(type, code, before, after, proposer, null);
    }
}
