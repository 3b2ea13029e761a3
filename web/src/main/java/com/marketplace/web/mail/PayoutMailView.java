package com.marketplace.web.mail;

/**
 * What a payout message's templates show (payout_paid, payout_failed; docs/notifications.md): the
 * amount in words, dates in UTC, links absolute. Failure fields are empty on a paid payout.
 *
 * @param reason  Stripe's failure message, or its code when it gave no message
 * @param fixUrl  the seller's dashboard, whose links open Stripe's pages where the bank account is changed
 */
public record PayoutMailView(String subject, String sellerName, String payoutId, String amount, String arrivalDate, String reason,
                             String failureCode, String payoutsUrl, String fixUrl, String homeUrl) {
}
