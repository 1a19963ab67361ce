package cn.eduinfo.reporting.control;

import cn.eduinfo.reporting.Notification;
import java.util.Collection;

/** Notifications just written to these organisations: mailed once their transaction has committed. */
public record NotificationsWritten(Collection<Long> orgIds, Notification.Kind kind, String quarter, String detail) {
}
