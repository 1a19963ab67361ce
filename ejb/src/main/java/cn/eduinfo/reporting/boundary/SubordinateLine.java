package cn.eduinfo.reporting.boundary;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.Tier;
import cn.eduinfo.reporting.Action;
import cn.eduinfo.reporting.Completeness;
import cn.eduinfo.reporting.SubmissionState;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * A direct subordinate's quarter as its superior's reviewer sees it (review queue, chasing 催报): state
 * against its own tier's deadline, and how much of its form needs a look (explained large changes).
 *
 * @param changed values that differ from the unit's previous quarter (what a reviewer checks first)
 * @param late    not sent although its window is open (or it was returned)
 * @param contact the holder of the unit's administrator account, and contactPhone theirs: whom to call when chasing; null
 *                until the account is handed out
 * @param actions what the caller (the superior's reviewer, or anyone else: none) may do with it
 */
public record SubordinateLine(long orgId, String code, String name, OrgKind kind, Tier tier, SubmissionState state,
                              Completeness completeness, Instant sentAt, Instant deadline, Instant returnLimit,
                              String withdrawalReason, int explanations, int changed, boolean late,
                              Set<Action> actions, String contact, String contactPhone) implements Serializable {
}
