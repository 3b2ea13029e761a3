package com.marketplace.web.pages.admin;

import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.notifications.application.NotificationAdministration;
import com.marketplace.platform.notifications.domain.KeptMessage;
import com.marketplace.platform.notifications.domain.MailTransport;
import com.marketplace.platform.notifications.domain.Notification;
import com.marketplace.platform.notifications.domain.NotificationStatus;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.security.CsrfTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The messages the marketplace sends: the outbox (each message's status, attempts and last error,
 * with a Resend button on a dead one) and the local mailbox, where messages are kept when no SMTP
 * server is configured ({@code GET /admin/mailbox/{id}} opens one; its HTML part is shown as source,
 * so nothing in a message runs on the admin's page).
 */
@WebServlet({"/admin/mailbox", "/admin/mailbox/*"})
public class AdminMailboxPage extends PageServlet {

    static final int SHOWN = 50;

    @Inject
    NotificationAdministration administration;

    @Inject
    MailTransport transport;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!requireAdmin(request, response)) {
            return;
        }
        if (request.getPathInfo() != null && !request.getPathInfo().equals("/")) {
            KeptMessage message = administration.keptMessage(idFromPath(request));
            render(request, response, message.subject(), "admin/mailMessage.jte", new AdminMailboxView.Message(message.sender(),
                    message.recipient(), message.subject(), AdminText.time(message.keptAt()), message.text(), message.html()));
            return;
        }
        render(request, response, "Mailbox", "admin/mailbox.jte", new AdminMailboxView(CsrfTokens.tokenFor(request), transport.describe(),
                administration.notifications(Optional.empty(), Optional.empty(), SHOWN).stream().map(AdminMailboxPage::outgoing).toList(),
                administration.mailbox(SHOWN).stream().map(kept -> new AdminMailboxView.Kept(kept.id(), AdminText.time(kept.keptAt()),
                        kept.recipient(), kept.subject(), "/admin/mailbox/" + kept.id())).toList()));
    }

    private static AdminMailboxView.Outgoing outgoing(Notification notification) {
        return new AdminMailboxView.Outgoing(notification.id(), notification.kind().code(), notification.recipient(),
                notification.subjectId(), notification.status().name(), notification.attempts(), AdminText.time(notification.createdAt()),
                notification.sentAt().map(AdminText::time).orElse(""), notification.lastError().orElse(""),
                notification.status() == NotificationStatus.DEAD ? "/admin/mailbox/notifications/" + notification.id() + "/resend" : "");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!requireAdmin(request, response)) {
            return;
        }
        String info = request.getPathInfo();
        if (info == null || !info.matches("/notifications/[1-9][0-9]{0,17}/resend")) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        long id = Long.parseLong(info.split("/")[2]);
        administration.resend(id);
        Flash.set(request, "Message " + id + " will be sent again.");
        seeOther(response, "/admin/mailbox");
    }
}
