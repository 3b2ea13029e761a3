package com.marketplace.sandbox.hosted;

import java.util.List;
import java.util.Optional;

/**
 * The hosted checkout page of one session. Amounts are already written for people ("12.50 EUR").
 *
 * @param pageUrl the page's own path, which its forms post to
 * @param cancelUrl the session's cancel_url, only when it is an http(s) address
 * @param subscriptionTerms for a subscription-mode session, what the buyer agrees to ("14 days free, then 20.00 EUR / month")
 * @param customerEmail the session's customer_email: shown, not asked (empty: the page asks for an email)
 */
public record CheckoutPageView(String pageUrl, boolean expired, List<LineItem> items, Optional<String> discount, String total,
                               Optional<String> error, boolean allowPromotionCodes, Optional<String> cancelUrl,
                               Optional<String> subscriptionTerms, Optional<String> customerEmail) {

    public CheckoutPageView {
        items = List.copyOf(items);
    }

    public CheckoutPageView(String pageUrl, boolean expired, List<LineItem> items, Optional<String> discount, String total,
                            Optional<String> error, boolean allowPromotionCodes, Optional<String> cancelUrl,
                            Optional<String> subscriptionTerms) {
        this(pageUrl, expired, items, discount, total, error, allowPromotionCodes, cancelUrl, subscriptionTerms, Optional.empty());
    }

    /** A payment-mode page. */
    public CheckoutPageView(String pageUrl, boolean expired, List<LineItem> items, Optional<String> discount, String total,
                            Optional<String> error, boolean allowPromotionCodes, Optional<String> cancelUrl) {
        this(pageUrl, expired, items, discount, total, error, allowPromotionCodes, cancelUrl, Optional.empty());
    }

    /** One line of the order summary. */
    public record LineItem(String description, long quantity, String amount) {
    }
}
