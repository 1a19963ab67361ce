package cn.eduinfo.shared;

import cn.eduinfo.account.boundary.HolderFilings;
import cn.eduinfo.platform.boundary.TrainingMode;
import cn.eduinfo.reporting.boundary.Notifications;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The template's navigation (WEB-INF/templates/page.xhtml) beyond roles: the unread notifications of the
 * caller's organisation ('通知 (n)', one count per page), the changes of holder the security administrator
 * has still to acknowledge, and whether training mode's clock is there to set.
 */
@Named
@RequestScoped
public class NavigationBacking {

    @EJB
    Notifications notifications;

    @EJB
    TrainingMode training;

    @EJB
    HolderFilings filings;

    private Long unread;

    /** Only asked for reviewers and administrators (the template renders the link for them alone). */
    public long getUnreadNotifications() {
        if (unread == null) {
            unread = notifications.unread();
        }
        return unread;
    }

    /** Only asked for the security administrator: the CEEC's changes of holder still to acknowledge. */
    public long getOpenFilings() {
        return filings.open();
    }

    public boolean isTrainingMode() {
        return training.enabled();
    }
}
