package com.marketplace.web.it.subscriptions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.Buyers;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The subscription journey for a Destination seller: on the platform, the rest of each payment transferred to the seller. */
@ExtendWith(RunningMarketplace.class)
class DestinationSubscriptionsIT extends SubscriptionJourney {

    @Override
    boolean direct() {
        return false;
    }

    @Test
    void badRequestsAreRefusedWithTheirReasonAndChangeNothing() throws Exception {
        Registered seller = seller();
        Buyers.Buyer buyer = Buyers.signUp();
        long planId = Subscribing.plan(seller, "Refusals", 1000, 0).getJsonNumber("id").longValue();
        long started = Subscribing.subscribe(buyer, planId).json().getJsonNumber("subscriptionId").longValue();
        long before = Shop.longValue("SELECT COUNT(*) FROM subscriptions WHERE buyer_id = ?", buyer.id());

        Reply noPlan = Subscribing.post(buyer, "/api/subscriptions", "{\"planId\":\"one\"}");
        Reply unknownPlan = Subscribing.post(buyer, "/api/subscriptions", "{\"planId\":999999999}");
        Reply bySeller = RunningMarketplace.api().request("POST", "/api/subscriptions", "{\"planId\":" + planId + "}",
                "Authorization", seller.authorization());
        Reply anonymous = RunningMarketplace.api().request("POST", "/api/subscriptions", "{\"planId\":" + planId + "}");
        Reply otherBuyer = Subscribing.get(Buyers.signUp(), started);
        Reply notRunning = Subscribing.post(buyer, "/api/subscriptions/" + started + "/cancel", "{\"atPeriodEnd\":true}");
        Reply noEmail = RunningMarketplace.api().get("/api/sellers/" + seller.id() + "/subscribers/access", "Authorization",
                seller.authorization());

        assertEquals(400, noPlan.status(), noPlan.body());
        assertEquals("validation_failed", noPlan.json().getString("error"));
        assertEquals("planId", noPlan.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        assertEquals(404, unknownPlan.status(), unknownPlan.body());
        assertEquals(403, bySeller.status(), bySeller.body());
        assertEquals(401, anonymous.status(), anonymous.body());
        assertEquals(404, otherBuyer.status(), otherBuyer.body());
        assertEquals(409, notRunning.status(), notRunning.body());
        assertEquals(400, noEmail.status(), noEmail.body());
        assertEquals("pending_checkout", Subscribing.get(buyer, started).json().getString("status"));
        assertEquals(before, Shop.longValue("SELECT COUNT(*) FROM subscriptions WHERE buyer_id = ?", buyer.id()));
    }
}
