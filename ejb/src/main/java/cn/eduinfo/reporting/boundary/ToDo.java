package cn.eduinfo.reporting.boundary;

import cn.eduinfo.reporting.SubmissionState;
import java.io.Serializable;
import java.time.Instant;

/**
 * What waits for the caller's unit in the quarter it works on (the home page's 待办): its own data and deadline,
 * and, for an authority, its direct subordinates' data to review, withdrawals to answer and units still to chase.
 *
 * @param late    its own data not sent although its window is open (or it was returned)
 * @param notIn   active direct subordinates whose data is not sent (none, open or returned)
 */
public record ToDo(String quarter, SubmissionState state, Instant closesAt, boolean late, long toReview, long withdrawals,
                   long notIn) implements Serializable {
}
