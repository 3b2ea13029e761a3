package com.marketplace.web.mail;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.notifications.domain.MailMessage;
import com.marketplace.platform.notifications.domain.MessageRenderer;
import com.marketplace.platform.notifications.domain.Notification;
import com.marketplace.web.views.Views;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * A notification's message from its two templates, named by its kind: {@code mail/<kind>.jte} for
 * the HTML part (escaped by context, as every page) and the plain-text one of the same name, which
 * the build compiles with nothing escaped. Links are absolute, from {@code PUBLIC_BASE_URL}. The
 * subscription messages are worded by {@link SubscriptionMail}, the payout messages by {@link PayoutMail}.
 */
@ApplicationScoped
public class JteMessageRenderer implements MessageRenderer {

    private static final String TEXT_PACKAGE = "com.marketplace.web.views.text";
    private static final TemplateEngine TEXT =
            TemplateEngine.createPrecompiled(null, ContentType.Plain, JteMessageRenderer.class.getClassLoader(), TEXT_PACKAGE);

    private MarketplaceConfig config;

    protected JteMessageRenderer() {
        // for CDI proxies
    }

    @Inject
    public JteMessageRenderer(MarketplaceConfig config) {
        this.config = config;
    }

    @Override
    public MailMessage render(Notification notification) {
        if (SubscriptionMail.KINDS.contains(notification.kind())) {
            SubscriptionMailView view = SubscriptionMail.view(notification, config.publicBaseUrl());
            return message(notification, view.subject(), view);
        }
        if (SellerAccountMail.KINDS.contains(notification.kind())) {
            SellerAccountMailView view = SellerAccountMail.view(notification, config.publicBaseUrl());
            return message(notification, view.subject(), view);
        }
        if (PayoutMail.KINDS.contains(notification.kind())) {
            PayoutMailView view = PayoutMail.view(notification, config.publicBaseUrl());
            return message(notification, view.subject(), view);
        }
        MailView view = view(notification);
        return message(notification, view.subject(), view);
    }

    // Both templates of a kind take the same view: the order messages' MailView, or the subscription or payout messages' own.
    private static MailMessage message(Notification notification, String subject, Object view) {
        String template = "mail/" + notification.kind().code() + ".jte";
        StringOutput text = new StringOutput();
        TEXT.render(template, view, text);
        return new MailMessage(notification.id(), notification.recipient(), subject, text.toString(), Views.render(template, view));
    }

    MailView view(Notification notification) {
        String base = config.publicBaseUrl().toString();
        String currency = notification.value("currency");
        String orderId = notification.value("orderId");
        String product = notification.value("productName");
        return new MailView(subject(notification, orderId, product), orderId, product, notification.value("quantity"),
                money(notification.value("amount"), currency), money(notification.value("fee"), currency),
                money(notification.value("refundAmount"), currency), notification.value("disputeId"), notification.value("disputeStatus"),
                deadline(notification.value("evidenceDueBy")), base + "/products/" + notification.value("productId"), base + "/",
                base + "/seller/orders", notification.value("detail"), base + "/admin");
    }

    private static String subject(Notification notification, String orderId, String product) {
        return switch (notification.kind()) {
            case ORDER_RECEIPT -> "Your receipt for order " + orderId + " (" + product + ")";
            case SELLER_NEW_ORDER -> "New paid order " + orderId + ": " + product;
            case PAYMENT_FAILED -> "Your payment for order " + orderId + " did not go through";
            case REFUND_ISSUED -> "Your refund for order " + orderId;
            case OUT_OF_STOCK_REFUND -> "Order " + orderId + " sold out: your money is on its way back";
            case SELLER_REFUND -> "Refund issued on order " + orderId;
            case DISPUTE_OPENED -> "Order " + orderId + " is disputed: respond before the deadline";
            case DISPUTE_CLOSED -> "The dispute on order " + orderId + " is closed";
            case ALERT -> alertSubject(notification.value("rule"), notification.value("key"));
            default -> throw new IllegalArgumentException("no template for " + notification.kind().code() + " messages yet");
        };
    }

    // "Alert: payment success rate low (PLN)": the rule in words, and the currency of a per-currency rule.
    private static String alertSubject(String rule, String key) {
        int colon = key.indexOf(':');
        return "Alert: " + rule.replace('_', ' ') + (colon < 0 ? "" : " (" + key.substring(colon + 1).toUpperCase(Locale.ROOT) + ")");
    }

    private static String money(String minorUnits, String currency) {
        return MailText.money(minorUnits, currency);
    }

    private static String deadline(String instant) {
        return MailText.moment(instant);
    }
}
