package cn.eduinfo.sync;

/**
 * One change the sync applies (or, for {@link ChangeType#MOVE_PROPOSED}, proposes).
 *
 * @param before   what the system holds, null for {@link ChangeType#ADD}
 * @param after    the file's row
 * @param proposer for {@link ChangeType#MOVE_PROPOSED} the code of the nearest authority that is an
 *                 ancestor of both the old and the new parent, whose administrators decide (第十一条); null otherwise
 */
public record Change(ChangeType type, String code, OrgSnapshot before, RegistryRow after, String proposer) {
}
