package cn.eduinfo.reporting.view;

import cn.eduinfo.reporting.boundary.NotificationLine;
import cn.eduinfo.reporting.boundary.Notifications;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * reporting/notifications.xhtml ('通知'): the latest notifications of the caller's own organisation
 * (reminders, chases, returns, withdrawal requests and refusals), newest first; each may be marked read,
 * for everyone of the organisation.
 */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    @EJB
    Notifications notifications;

    @Inject
    Messages messages;

    private List<NotificationLine> lines = List.of();

    @PostConstruct
    void load() {
        lines = notifications.latest();
    }

    public void markRead(NotificationLine line) {
        try {
            notifications.markRead(line.id());
        } catch (DomainException e) {
            messages.error(e);
        }
        load();
    }

    public void markAllRead() {
        try {
            for (NotificationLine line : lines) {
                if (!line.read()) {
                    notifications.markRead(line.id());
                }
            }
        } catch (DomainException e) {
            messages.error(e);
        }
        load();
    }

    public long getUnread() {
        return lines.stream().filter(l -> !l.read()).count();
    }

    public List<NotificationLine> getLines() { return lines; }
}
