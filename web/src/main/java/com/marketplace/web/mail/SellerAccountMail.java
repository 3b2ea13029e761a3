package com.marketplace.web.mail;

import com.marketplace.platform.notifications.domain.Notification;
import com.marketplace.platform.notifications.domain.NotificationKind;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;

/**
 * The account lifecycle's messages to a seller (seller-onboarding writes them): what Stripe asks
 * for and by when ({@code requirements_due}), and that the account was disconnected
 * ({@code account_disconnected}). Data keys: docs/notifications.md.
 */
final class SellerAccountMail {

    static final Set<NotificationKind> KINDS = EnumSet.of(NotificationKind.REQUIREMENTS_DUE, NotificationKind.ACCOUNT_DISCONNECTED);

    private SellerAccountMail() {
    }

    static SellerAccountMailView view(Notification notification, URI publicBaseUrl) {
        String base = publicBaseUrl.toString().replaceAll("/+$", "");
        String dashboardUrl = notification.value("dashboardUrl").isEmpty() ? base + "/seller" : notification.value("dashboardUrl");
        String deadline = MailText.moment(notification.value("deadline"));
        String subject = switch (notification.kind()) {
            case REQUIREMENTS_DUE -> notification.value("pastDue").isEmpty()
                    ? "Stripe needs more information from " + notification.value("sellerName") + (deadline.isEmpty() ? "" : " by " + deadline)
                    : "Your listings are paused: Stripe's requirements are past due";
            case ACCOUNT_DISCONNECTED -> "Your Stripe account is disconnected from the marketplace";
            default -> throw new IllegalArgumentException(notification.kind().code() + " is not a seller account message");
        };
        return new SellerAccountMailView(subject, notification.value("sellerName"), words(notification.value("currentlyDue")),
                words(notification.value("pastDue")), deadline, notification.value("paused"), dashboardUrl, base + "/");
    }

    // "individual.verification.document" -> "individual > verification > document", as the dashboard words them.
    private static String words(String codes) {
        return codes.replace('_', ' ').replace(".", " > ");
    }
}
