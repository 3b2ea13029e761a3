package com.marketplace.web.mail;

/**
 * What a subscription message's templates show (docs/notifications.md lists the kinds): amounts in
 * words, instants as dates in UTC, links absolute. Fields a kind does not use, or a value the
 * message does not have (no trial, no further attempt), are empty.
 *
 * @param price        what the plan costs per interval, "€20.00 a month"
 * @param sellerCopy   the seller's copy of a message both parties get (the cancellation): it names the buyer
 * @param manageUrl    the subscription's page, in every message
 * @param fixUrl       the customer portal's door, where a failed or unconfirmed payment is put right
 */
public record SubscriptionMailView(String subject, String planName, String sellerName, String price, String trialEnd,
                                   String currentPeriodEnd, String buyerName, String buyerEmail, String invoiceNumber,
                                   String amountPaid, String amountDue, String nextAttempt, String endedAt, boolean sellerCopy,
                                   String manageUrl, String fixUrl, String homeUrl) {
}
