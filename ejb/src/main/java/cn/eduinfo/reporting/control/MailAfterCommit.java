package cn.eduinfo.reporting.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Mails a notification only if it was stored: after its transaction commits, never for one rolled back. */
@ApplicationScoped
public class MailAfterCommit {

    @EJB
    NotificationMail mail;

    void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsWritten written) {
        mail.send(written.orgIds(), written.kind(), written.quarter(), written.detail());
    }
}
