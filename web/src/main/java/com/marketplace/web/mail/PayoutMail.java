package com.marketplace.web.mail;

import com.marketplace.platform.notifications.domain.Notification;
import com.marketplace.platform.notifications.domain.NotificationKind;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;

/**
 * The payout messages' words, from the data the payouts feature writes. A message without its
 * links (written before they were) links the seller's pages built from {@code PUBLIC_BASE_URL}.
 */
final class PayoutMail {

    static final Set<NotificationKind> KINDS = EnumSet.of(NotificationKind.PAYOUT_PAID, NotificationKind.PAYOUT_FAILED);

    private PayoutMail() {
    }

    static PayoutMailView view(Notification notification, URI publicBaseUrl) {
        String base = publicBaseUrl.toString().replaceAll("/$", "");
        String amount = MailText.money(notification.value("amount"), notification.value("currency"));
        String reason = orElse(notification.value("failureMessage"), notification.value("failureCode"));
        String subject = notification.kind() == NotificationKind.PAYOUT_FAILED
                ? "Your payout of " + amount + " failed: check your bank account"
                : "Your payout of " + amount + " has been paid";
        return new PayoutMailView(subject, notification.value("sellerName"), notification.value("payoutId"), amount,
                MailText.moment(notification.value("arrivalDate")), reason, notification.value("failureCode"),
                orElse(notification.value("payoutsUrl"), base + "/seller/payouts"), orElse(notification.value("fixUrl"), base + "/seller"),
                base + "/");
    }

    private static String orElse(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }
}
