package cn.eduinfo.reporting.boundary;

import cn.eduinfo.reporting.Notification;
import java.io.Serializable;
import java.time.Instant;

/** A notification as the unit's administrators and reviewers see it. */
public record NotificationLine(long id, Notification.Kind kind, String quarter, String sender, String detail, Instant at, boolean read)
        implements Serializable {

    static NotificationLine of(Notification n) {
        return new NotificationLine(n.getId(), n.getKind(), n.quarter().toString(), n.getSender(), n.getDetail(), n.getCreatedAt(),
                n.getReadAt() != null);
    }
}
