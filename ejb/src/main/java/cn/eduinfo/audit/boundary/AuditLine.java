package cn.eduinfo.audit.boundary;

import cn.eduinfo.audit.AuditEntry;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the trail as the audit page and the API show it. Serialisable: the page's view-scoped
 * bean holds a page of them, and its user's session is stored in the deployment group's Data Grid.
 */
public record AuditLine(long id, Instant at, String actor, String action, String targetType, String targetId,
                        String detail, String address) implements Serializable {

    static AuditLine of(AuditEntry e) {
        return new AuditLine(e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getTargetType(), e.getTargetId(),
                e.getDetail(), e.getAddress());
    }
}
