package com.marketplace.web.mail;

/**
 * What a seller account message's templates show. Empty strings for what the message lacks.
 *
 * @param currentlyDue what Stripe asks for now, in words
 * @param pastDue      what is overdue (the listings are paused meanwhile), in words
 * @param deadline     when what is due becomes past due, a date in UTC
 * @param paused       why the listings are paused, if they are
 */
public record SellerAccountMailView(String subject, String sellerName, String currentlyDue, String pastDue, String deadline,
                                    String paused, String dashboardUrl, String homeUrl) {
}
