package com.marketplace.platform.notifications.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A message a state change owes someone, as its feature writes it into the outbox. The subject is
 * what the message is about ({@code order_42}, {@code refund_7}, {@code dispute_dp_1}): with the
 * kind, it is the message's identity, so the same event reported twice is one message.
 *
 * <p>{@code data} holds only what the templates show: amounts in minor units, names, ids, dates.
 * Never card data, never secrets: a run of digits as long as a card number, or text shaped like a
 * Stripe key or signing secret, is masked here, at the door. Masked rather than refused: a seller
 * who puts a long number in a product's name must not make the payment's transaction fail.
 */
public record NewNotification(NotificationKind kind, String recipient, String subjectId, Map<String, String> data) {

    // A PAN-like run of 13-19 digits (spaces or dashes between groups), or a Stripe secret / signing secret.
    static final String MASK = "[hidden]";
    private static final Pattern CARD_NUMBER = Pattern.compile("\\d(?:[ -]?\\d){12,18}");
    private static final Pattern SECRET = Pattern.compile("\\b(?:sk|rk)_(?:test|live)_\\w+|\\bwhsec_\\w+");

    public NewNotification {
        Objects.requireNonNull(kind, "kind");
        if (recipient == null || !recipient.contains("@") || recipient.length() > 320 || recipient.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a notification needs an email address to go to");
        }
        if (subjectId == null || subjectId.isBlank() || subjectId.length() > 120) {
            throw new IllegalArgumentException("a notification needs a subject");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        data.forEach((key, value) -> {
            String text = value == null ? "" : value;
            copy.put(key, SECRET.matcher(CARD_NUMBER.matcher(text).replaceAll(MASK)).replaceAll(MASK));
        });
        data = Collections.unmodifiableMap(copy);
    }
}
