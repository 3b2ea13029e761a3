package com.marketplace.web.it.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Transfer;
import com.stripe.model.checkout.Session;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Buying through Stripe Checkout, for both charge types: the session is made where the charge type
 * says, the completion arrives at the endpoint it says, the order ends PAID with its fee from the
 * schedule and its stock taken once. Every checkout event (completed, delayed payment succeeded or
 * failed, expired) is exercised at both endpoints, with the reconciler off: the webhook handler
 * alone moves the order, so a handler missing for either charge type fails a test here.
 */
@ExtendWith(RunningMarketplace.class)
class CheckoutIT {

    private static Registered direct;
    private static Registered destination;

    @BeforeAll
    static void sellers() throws Exception {
        direct = Shop.activeSeller("DIRECT");
        destination = Shop.activeSeller("DESTINATION");
        // Their own rates, so other tests' changes to the eur default cannot move these figures.
        setOverride(direct, "eur", 800, 30);
        setOverride(destination, "eur", 1250, 0);
    }

    @Test
    void aDirectPurchaseIsPaidOnTheSellersAccountAndCompletesThroughTheConnectEndpoint() throws Exception {
        long product = Shop.product(direct, 2500, "eur", 5);
        Started checkout = Shop.checkout(product, 2);

        Session session = Shop.stripe().client().checkout().sessions().retrieve(checkout.sessionId(), SandboxStripe.onAccount(direct.stripeAccountId()));
        assertEquals(String.valueOf(checkout.orderId()), session.getMetadata().get("order_id"));
        assertEquals(String.valueOf(checkout.orderId()), session.getClientReferenceId());
        Shop.pay(checkout);

        JsonObject order = Shop.awaitStatus(checkout.orderId(), "PAID");
        assertEquals(5000, order.getJsonNumber("amountTotal").longValue());
        assertEquals(430, order.getJsonNumber("applicationFeeAmount").longValue(), "8 % of 5000 + 30");
        assertEquals("DIRECT", order.getString("chargeType"));
        assertEquals(3, Shop.stock(product));
        PaymentIntent intent = Shop.stripe().client().paymentIntents().retrieve(order.getString("paymentIntentId"),
                SandboxStripe.onAccount(direct.stripeAccountId()));
        assertEquals(430L, intent.getApplicationFeeAmount());
        assertEquals(1, InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_type = 'checkout.session.completed'"
                + " AND endpoint = 'connect' AND account_id = ? AND payload LIKE ?", direct.stripeAccountId(), "%" + checkout.sessionId() + "%"));
    }

    @Test
    void aDestinationPurchaseIsPaidOnThePlatformAndTransfersTheAmountLessTheFee() throws Exception {
        long product = Shop.product(destination, 4000, "eur", 1);
        Started checkout = Shop.checkout(product, 1);
        Shop.pay(checkout);

        JsonObject order = Shop.awaitStatus(checkout.orderId(), "PAID");
        assertEquals(500, order.getJsonNumber("applicationFeeAmount").longValue(), "12.5 % of 4000");
        assertEquals(0, Shop.stock(product));
        PaymentIntent intent = Shop.stripe().client().paymentIntents().retrieve(order.getString("paymentIntentId"));
        assertEquals(destination.stripeAccountId(), intent.getTransferData().getDestination());
        String transferId = Shop.stripe().client().charges().retrieve(intent.getLatestCharge()).getTransfer();
        Transfer transfer = Shop.stripe().client().transfers().retrieve(transferId);
        assertEquals(3500L, transfer.getAmount());
        assertEquals(1, InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_type = 'checkout.session.completed'"
                + " AND endpoint = 'platform' AND account_id IS NULL AND payload LIKE ?", "%" + checkout.sessionId() + "%"));
    }

    @Test
    void aFullyDiscountedDirectPurchaseIsPaidWithNothingChargedAndStockTaken() throws Exception {
        assertFreePurchase(direct, "DIRECT");
    }

    @Test
    void aFullyDiscountedDestinationPurchaseIsPaidWithNothingChargedAndStockTaken() throws Exception {
        assertFreePurchase(destination, "DESTINATION");
    }

    // The 100 % code is entered at the marketplace and made where the seller's sessions are; the
    // session asks nothing, so there is no payment intent, no fee and no transfer.
    private static void assertFreePurchase(Registered seller, String chargeType) throws Exception {
        long product = Shop.product(seller, 1800, "eur", 3);
        String code = Shop.percentOffCode(Shop.codesOf(seller, chargeType), 100).getCode();
        Started checkout = Shop.checkout(product, 2, code);
        Shop.pay(checkout);

        JsonObject order = Shop.awaitStatus(checkout.orderId(), "PAID");
        assertEquals(0, order.getJsonNumber("amountTotal").longValue());
        assertEquals(3600, order.getJsonNumber("amountDiscount").longValue());
        assertEquals(0, order.getJsonNumber("applicationFeeAmount").longValue());
        assertFalse(order.containsKey("paymentIntentId"), "nothing was charged, so there is no payment intent: " + order);
        assertEquals(1, Shop.stock(product));
    }

    @Test
    void aDelayedPaymentWaitsWithoutTakingStockAndIsPaidWhenItSucceeds() throws Exception {
        long product = Shop.product(direct, 1200, "eur", 4);
        Started checkout = Shop.checkout(product, 1);
        String intent = Shop.payByBankDebit(checkout);

        Shop.awaitStatus(checkout.orderId(), "AWAITING_PAYMENT");
        assertEquals(4, Shop.stock(product));
        Shop.settle(intent, true);

        Shop.awaitStatus(checkout.orderId(), "PAID");
        assertEquals(3, Shop.stock(product));
    }

    @Test
    void aDelayedPaymentThatFailsEndsFailedAndLeavesStockAlone() throws Exception {
        long product = Shop.product(destination, 1200, "eur", 4);
        Started checkout = Shop.checkout(product, 1);
        String intent = Shop.payByBankDebit(checkout);
        Shop.awaitStatus(checkout.orderId(), "AWAITING_PAYMENT");

        Shop.settle(intent, false);

        Shop.awaitStatus(checkout.orderId(), "PAYMENT_FAILED");
        assertEquals(4, Shop.stock(product));
    }

    @Test
    void aSessionThatExpiresUnpaidEndsTheOrderExpired() throws Exception {
        long product = Shop.product(direct, 900, "eur", 2);
        Started checkout = Shop.checkout(product, 1);

        Shop.stripe().helper("checkout/sessions/" + checkout.sessionId() + "/expire");

        Shop.awaitStatus(checkout.orderId(), "EXPIRED");
        assertEquals(2, Shop.stock(product));
    }

    @Test
    void aDelayedDestinationPaymentIsPaidWhenItSucceedsThroughThePlatformEndpoint() throws Exception {
        long product = Shop.product(destination, 1200, "eur", 4);
        Started checkout = Shop.checkout(product, 1);
        String intent = Shop.payByBankDebit(checkout);
        Shop.awaitStatus(checkout.orderId(), "AWAITING_PAYMENT");

        Shop.settle(intent, true);

        Shop.awaitStatus(checkout.orderId(), "PAID");
        assertEquals(3, Shop.stock(product));
        assertEquals(1, eventsAbout("checkout.session.async_payment_succeeded", "platform", checkout));
    }

    @Test
    void aDelayedDirectPaymentThatFailsEndsFailedThroughTheConnectEndpoint() throws Exception {
        long product = Shop.product(direct, 1200, "eur", 4);
        Started checkout = Shop.checkout(product, 1);
        String intent = Shop.payByBankDebit(checkout);
        Shop.awaitStatus(checkout.orderId(), "AWAITING_PAYMENT");

        Shop.settle(intent, false);

        Shop.awaitStatus(checkout.orderId(), "PAYMENT_FAILED");
        assertEquals(4, Shop.stock(product));
        assertEquals(1, eventsAbout("checkout.session.async_payment_failed", "connect", checkout));
    }

    @Test
    void aDestinationSessionThatExpiresUnpaidEndsTheOrderExpiredThroughThePlatformEndpoint() throws Exception {
        long product = Shop.product(destination, 900, "eur", 2);
        Started checkout = Shop.checkout(product, 1);

        Shop.stripe().helper("checkout/sessions/" + checkout.sessionId() + "/expire");

        Shop.awaitStatus(checkout.orderId(), "EXPIRED");
        assertEquals(2, Shop.stock(product));
        assertEquals(1, eventsAbout("checkout.session.expired", "platform", checkout));
    }

    @Test
    void aPriceFeeOrSellerSentByTheBuyerIsIgnored() throws Exception {
        long product = Shop.product(destination, 3000, "eur", 2);

        Reply reply = Shop.checkout("{\"productId\":" + product + ",\"quantity\":1,\"price\":1,\"priceAmount\":1,\"unitAmount\":1,"
                + "\"applicationFeeAmount\":0,\"fee\":0,\"sellerId\":" + direct.id() + ",\"currency\":\"jpy\"}");

        assertEquals(201, reply.status(), reply.body());
        JsonObject order = Shop.order(reply.json().getJsonNumber("orderId").longValue());
        assertEquals(3000, order.getJsonNumber("amountTotal").longValue());
        assertEquals(375, order.getJsonNumber("applicationFeeAmount").longValue());
        assertEquals("eur", order.getString("currency"));
        assertEquals(destination.id(), order.getJsonNumber("sellerId").longValue());
        Session session = Shop.stripe().client().checkout().sessions().retrieve(reply.json().getString("sessionId"));
        assertEquals(3000L, session.getAmountTotal());
    }

    @Test
    void theFeeIsFixedWhenTheSessionIsCreatedAndAScheduleChangeAfterwardsLeavesIt() throws Exception {
        Registered seller = Shop.activeSeller("DESTINATION");
        setOverride(seller, "jpy", 360, 10);
        long product = Shop.product(seller, 1500, "jpy", 2);
        Started checkout = Shop.checkout(product, 1);

        setOverride(seller, "jpy", 2000, 100);
        Shop.pay(checkout);

        JsonObject order = Shop.awaitStatus(checkout.orderId(), "PAID");
        assertEquals(64, order.getJsonNumber("applicationFeeAmount").longValue(), "3.6 % of 1500 yen is 54, plus 10 yen");
        assertEquals(360, order.getInt("feeBasisPoints"));
    }

    /** How many events of {@code type} about the checkout's session were stored from {@code endpoint} ("platform" or "connect"). */
    private static int eventsAbout(String type, String endpoint, Started checkout) throws SQLException {
        return InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_type = ? AND endpoint = ? AND payload LIKE ?",
                type, endpoint, "%" + checkout.sessionId() + "%");
    }

    private static void setOverride(Registered seller, String currency, int basisPoints, long fixed) {
        Reply reply = RunningMarketplace.api().request("PUT", "/api/admin/fees/sellers/" + seller.id(),
                "{\"currency\":\"" + currency + "\",\"basisPoints\":" + basisPoints + ",\"fixedAmount\":" + fixed + "}",
                "Authorization", RunningMarketplace.adminAuthorization());
        assertEquals(200, reply.status(), reply.body());
        assertFalse(reply.body().isEmpty());
    }
}
