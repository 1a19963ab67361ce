package cn.eduinfo.reporting;

import cn.eduinfo.account.Role;
import cn.eduinfo.shared.DomainException;
import java.time.Instant;

/** The checks {@link Submission}'s transitions share: each refuses with its own message key. */
final class Guards {

    private Guards() {
    }

    static void role(Actor actor, Role role, String key) {
        if (!actor.is(role)) {
            throw new DomainException(key);
        }
    }

    static void ownUnit(Actor actor, String path) {
        if (!actor.belongsTo(path)) {
            throw new DomainException("reporting.notOwnUnit");
        }
    }

    /** Review is the direct superior's reviewer's (第八条: "本级及下一级"): not a grand-superior's. */
    static void superiorReviewer(Actor actor, String path) {
        role(actor, Role.REVIEWER, "reporting.review.notReviewer");
        if (!actor.isDirectSuperiorOf(path)) {
            throw new DomainException("reporting.notDirectSuperior");
        }
    }

    /** {@code now} must be before {@code limit}; the key gets the limit as shown to users. */
    static void before(Instant now, Instant limit, String key) {
        if (!now.isBefore(limit)) {
            throw new DomainException(key, Window.show(limit));
        }
    }

    static void notBefore(Instant now, Instant opens, String key) {
        if (now.isBefore(opens)) {
            throw new DomainException(key, Window.show(opens));
        }
    }

    /** A return, a withdrawal request and a refusal say why: non-blank, at most {@link Submission#MAX_REASON}. */
    static String reason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new DomainException("reporting.reason.required");
        }
        if (text.length() > Submission.MAX_REASON) {
            throw new DomainException("reporting.reason.tooLong", Submission.MAX_REASON);
        }
        return text;
    }
}
