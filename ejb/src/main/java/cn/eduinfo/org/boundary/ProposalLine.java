package cn.eduinfo.org.boundary;

import cn.eduinfo.org.AffiliationProposal;
import java.io.Serializable;
import java.time.Instant;

/** An affiliation-change proposal as its deciders see it. */
public record ProposalLine(long id, String code, String name, String fromCode, String fromName, String toCode,
                           String toName, String status, Instant createdAt, String decidedBy) implements Serializable {

    public static ProposalLine of(AffiliationProposal p) {
        return new ProposalLine(p.getId(), p.getOrganisation().getCode(), p.getOrganisation().getName(),
                p.getFromParent().getCode(), p.getFromParent().getName(), p.getToParent().getCode(),
                p.getToParent().getName(), p.getStatus().name(), p.getCreatedAt(), p.getDecidedBy());
    }
}
