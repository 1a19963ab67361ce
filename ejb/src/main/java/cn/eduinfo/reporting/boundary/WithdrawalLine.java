package cn.eduinfo.reporting.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A withdrawal request (第十九条), asked by the unit itself (outgoing) or by a direct subordinate
 * (incoming), with its outcome: pending, approved (returned) or refused with the superior's reason.
 */
public record WithdrawalLine(long orgId, String code, String name, boolean incoming, String requestedBy, Instant requestedAt,
                             String reason, Outcome outcome, String decidedBy, Instant decidedAt, String refusal) implements Serializable {

    public enum Outcome { PENDING, APPROVED, REFUSED }
}
