package com.marketplace.web.mail;

import com.marketplace.platform.notifications.domain.Notification;
import com.marketplace.platform.notifications.domain.NotificationKind;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;

/**
 * The subscription messages' words: the view of a notification the subscriptions feature wrote
 * (its data keys are the contract in docs/notifications.md), and its subject.
 *
 * <p>The links come with the message, absolute, as the subscriptions feature made them; a message
 * without one links the pages they name, built from {@code PUBLIC_BASE_URL} and the subscription's id,
 * so no message goes out without a way to its subscription.
 */
final class SubscriptionMail {

    static final Set<NotificationKind> KINDS = EnumSet.of(NotificationKind.SUBSCRIPTION_STARTED, NotificationKind.SELLER_NEW_SUBSCRIBER,
            NotificationKind.TRIAL_ENDING, NotificationKind.RENEWAL_RECEIPT, NotificationKind.RENEWAL_FAILED,
            NotificationKind.ACTION_REQUIRED, NotificationKind.SUBSCRIPTION_CANCELLED);

    private SubscriptionMail() {
    }

    static SubscriptionMailView view(Notification notification, URI publicBaseUrl) {
        String base = publicBaseUrl.toString();
        String currency = notification.value("currency");
        String subscriptionUrl = base + "/account/subscriptions/" + notification.value("subscriptionId");
        String manageUrl = orElse(notification.value("manageUrl"), subscriptionUrl);
        String fixUrl = orElse(notification.value("fixUrl"), subscriptionUrl + "/portal");
        String invoice = orElse(notification.value("invoiceNumber"), notification.value("invoiceId"));
        boolean sellerCopy = !notification.value("buyerName").isEmpty();
        String trialEnd = MailText.moment(notification.value("trialEnd"));
        return new SubscriptionMailView(subject(notification, trialEnd, invoice, sellerCopy), notification.value("planName"),
                notification.value("sellerName"), price(notification.value("amount"), currency, notification.value("interval")), trialEnd,
                MailText.moment(notification.value("currentPeriodEnd")), notification.value("buyerName"), notification.value("buyerEmail"),
                invoice, MailText.money(notification.value("amountPaid"), currency), MailText.money(notification.value("amountDue"), currency),
                MailText.moment(notification.value("nextAttempt")), MailText.moment(notification.value("endedAt")), sellerCopy, manageUrl,
                fixUrl, base + "/");
    }

    private static String subject(Notification notification, String trialEnd, String invoice, boolean sellerCopy) {
        String plan = notification.value("planName");
        return switch (notification.kind()) {
            case SUBSCRIPTION_STARTED -> trialEnd.isEmpty() ? "Your subscription to " + plan + " has started"
                    : "Your free trial of " + plan + " has started";
            case SELLER_NEW_SUBSCRIBER -> "New subscriber to " + plan + ": " + notification.value("buyerName");
            case TRIAL_ENDING -> "Your free trial of " + plan + " ends on " + trialEnd;
            case RENEWAL_RECEIPT -> "Your receipt for " + plan + " (invoice " + invoice + ")";
            case RENEWAL_FAILED -> "Your payment for " + plan + " did not go through: update your card";
            case ACTION_REQUIRED -> "Your bank asks you to confirm your payment for " + plan;
            case SUBSCRIPTION_CANCELLED -> sellerCopy ? notification.value("buyerName") + " is no longer subscribed to " + plan
                    : "Your subscription to " + plan + " is cancelled";
            default -> throw new IllegalArgumentException(notification.kind().code() + " is not a subscription message");
        };
    }

    /** "€20.00 a month": the plan's price as the shop page shows it, in words. */
    private static String price(String amount, String currency, String interval) {
        String money = MailText.money(amount, currency);
        return money.isEmpty() || interval.isEmpty() ? money : money + " a " + interval;
    }

    private static String orElse(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }
}
