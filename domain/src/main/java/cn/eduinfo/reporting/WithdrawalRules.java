package cn.eduinfo.reporting;

import static cn.eduinfo.reporting.SubmissionState.WITHDRAWAL_REQUESTED;

import cn.eduinfo.account.Role;
import cn.eduinfo.shared.DomainException;
import java.time.Instant;
import java.util.List;

/**
 * Who may ask to take back sent data, and when (第十九条), and what a refusal returns to: the checks of
 * {@link Submission}'s withdrawal transitions, apart from the state changes themselves.
 */
final class WithdrawalRules {

    private WithdrawalRules() {
    }

    /** The unit's own reviewer or administrator, for sent data, while the MoE has not closed the quarter. */
    static void mayRequest(Actor actor, String orgPath, SubmissionState state, Instant quarterCloses, Instant now) {
        if (!actor.is(Role.REVIEWER) && !actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException("reporting.withdraw.notAllowedRole");
        }
        Guards.ownUnit(actor, orgPath);
        if (Actor.parentPath(orgPath) == null) {
            throw new DomainException("reporting.withdraw.noSuperior");
        }
        if (state == WITHDRAWAL_REQUESTED) {
            throw new DomainException("reporting.withdraw.alreadyRequested");
        }
        if (state.isOpen()) {
            throw new DomainException("reporting.withdraw.notSent");
        }
        Guards.before(now, quarterCloses, "reporting.withdraw.quarterClosed");
    }

    /** An answer needs a request pending. */
    static void requirePending(SubmissionState state) {
        if (state != WITHDRAWAL_REQUESTED) {
            throw new DomainException("reporting.withdraw.noRequest");
        }
    }

    /** A refusal puts the data back where it stood before the request (reported, accepted, …). */
    static SubmissionState stateBeforeRequest(List<Transition> timeline, String orgCode) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).getTo() == WITHDRAWAL_REQUESTED) {
                return timeline.get(i).getFrom();
            }
        }
        throw new IllegalStateException("withdrawal requested without a timeline entry: " + orgCode);
    }
}
