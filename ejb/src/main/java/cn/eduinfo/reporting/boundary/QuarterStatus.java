package cn.eduinfo.reporting.boundary;

import cn.eduinfo.org.boundary.OrgSummary;
import cn.eduinfo.reporting.Action;
import cn.eduinfo.reporting.Completeness;
import cn.eduinfo.reporting.DataStatus;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.SubmissionState;
import cn.eduinfo.reporting.Window;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A unit's quarter ('this quarter'): where it stands, its window and until when it may still send,
 * its timeline, and which transitions the caller may try (the domain still checks each).
 *
 * @param closesAt the return's time limit, else the tier's deadline
 * @param pending  direct subordinates not in yet: what a report is warned about
 */
public record QuarterStatus(OrgSummary organisation, Quarter quarter, SubmissionState state, Completeness completeness,
                            DataStatus dataStatus, boolean autoReported, Instant sentAt, String returnReason, Instant returnLimit,
                            String withdrawalReason, Window window, Instant closesAt, List<TimelineLine> timeline,
                            Set<Action> actions, List<String> pending, int version) implements Serializable {
}
