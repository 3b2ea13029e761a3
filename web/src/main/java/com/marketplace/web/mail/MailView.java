package com.marketplace.web.mail;

/**
 * What a message's templates show (HTML in {@code src/main/jte/mail}, text in {@code src/main/jte-text/mail}):
 * amounts already in words, links absolute from {@code PUBLIC_BASE_URL}. Fields a kind does not use are empty.
 */
public record MailView(String subject, String orderId, String productName, String quantity, String amount, String fee,
                       String refundAmount, String disputeId, String disputeStatus, String evidenceDueBy, String productUrl,
                       String shopUrl, String sellerOrdersUrl, String alertDetail, String adminUrl) {
}
