package com.marketplace.web.it.sellers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.Shop.Started;
import com.marketplace.web.it.support.ChargeActions;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import com.stripe.model.Account;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Standard seller's whole journey: their account is created as the platform creates Standard
 * accounts, they onboard on Stripe's hosted page, sell with a Direct charge on their own account,
 * refund it from there, and reach their own Stripe Dashboard. The shared test process registers
 * Express sellers (SELLER_ACCOUNT_TYPE is read at registration), so the seller's row is given the
 * Standard type and no account before the platform provisions one, exactly as it does for a
 * marketplace configured with {@code SELLER_ACCOUNT_TYPE=standard}. The Express journey is the
 * rest of the suite's (SellerOnboardingIT, the orders ITs).
 */
@ExtendWith(RunningMarketplace.class)
class StandardSellerJourneyIT {

    private final HostedOnboarding onboarding = new HostedOnboarding();
    private final SandboxStripe stripe = onboarding.stripe();

    @Test
    void aStandardSellerOnboardsSellsWithADirectChargeAndRefunds() throws Exception {
        Registered registered = Sellers.register("DIRECT");
        Shop.execute("UPDATE sellers SET account_type = 'STANDARD', stripe_account_id = NULL, account_request_key = ? WHERE id = ?",
                UUID.randomUUID().toString(), registered.id());

        // The onboarding link provisions the account first: a Standard one, without requested capabilities.
        String link = onboarding.linkFor(registered);
        String accountId = Sellers.get(registered).json().getString("stripeAccountId");
        Account account = stripe.client().v1().accounts().retrieve(accountId);
        assertEquals("standard", account.getType());
        Registered seller = new Registered(registered.id(), registered.email(), registered.password(), accountId);
        assertEquals("STANDARD", Sellers.get(seller).json().getString("accountType"));

        onboarding.submit(link, "complete");
        Sellers.awaitStatus(seller, "ACTIVE");

        long product = Shop.product(seller, 2500, "eur", 3);
        Started checkout = Shop.checkout(product, 1);
        Shop.pay(checkout);
        JsonObject paid = Shop.awaitStatus(checkout.orderId(), "PAID");
        ChargeActions.Payment payment = ChargeActions.paymentOf(checkout, SandboxStripe.onAccount(accountId));
        assertTrue(payment.chargeId() != null, "the Direct charge lives on the seller's own account: " + paid);

        Reply refund = RunningMarketplace.api().request("POST", "/api/orders/" + checkout.orderId() + "/refund", "{}",
                "Authorization", seller.authorization());
        assertEquals(200, refund.status(), refund.body());
        assertEquals(2500, ChargeActions.refundedAtStripe(payment), "refunded from the seller's account");

        Reply dashboard = Sellers.post(seller, "/api/sellers/" + seller.id() + "/dashboard-link", null);
        assertEquals(200, dashboard.status(), dashboard.body());
        assertEquals("stripe_dashboard", dashboard.json().getString("kind"), "a Standard seller uses their own Dashboard: " + dashboard.body());
    }
}
