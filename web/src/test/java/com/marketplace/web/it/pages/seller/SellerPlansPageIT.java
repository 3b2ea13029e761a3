package com.marketplace.web.it.pages.seller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A seller adds, changes and retires a plan through /seller/plans, over real HTTP; the shop's page follows. */
@ExtendWith(RunningMarketplace.class)
class SellerPlansPageIT {

    private static final Pattern PLAN_ID = Pattern.compile("data-plan-id=\"(\\d+)\"><td>Weekly veg</td>");

    private static Registered grower;

    @BeforeAll
    static void aSellerWhoMaySell() throws Exception {
        grower = Shop.activeSeller("DESTINATION");
    }

    @Test
    void aPlanAddedChangedAndRetiredOnThePageIsShownAndThenHiddenOnTheShop() {
        PageClient pages = PageClient.forMarketplace();
        pages.signIn(grower.email(), grower.password());

        pages.get("/seller/plans");
        Page added = pages.post("/seller/plans", "action", "create", "name", "Weekly veg", "description", "A box",
                "amount", "12.50", "currency", "eur", "interval", "month", "trialDays", "7");
        assertEquals(303, added.status(), added.body());
        String list = pages.get("/seller/plans").body();
        Matcher id = PLAN_ID.matcher(list);
        assertTrue(id.find(), list);
        String planId = id.group(1);
        assertTrue(list.contains("€12.50 / month"), list);
        assertTrue(PageClient.forMarketplace().get("/shops/" + grower.id()).body().contains("€12.50 / month"));

        pages.get("/seller/plans");
        Page changed = pages.post("/seller/plans", "action", "edit", "plan", planId, "name", "Weekly veg", "description", "A box",
                "amount", "15.00", "currency", "eur", "interval", "month", "trialDays", "7");
        assertEquals(303, changed.status(), changed.body());
        assertTrue(PageClient.forMarketplace().get("/shops/" + grower.id()).body().contains("€15.00 / month"));

        pages.get("/seller/plans");
        Page retired = pages.post("/seller/plans", "action", "retire", "plan", planId);
        assertEquals(303, retired.status(), retired.body());
        assertFalse(PageClient.forMarketplace().get("/shops/" + grower.id()).body().contains("Weekly veg"));
    }

    @Test
    void aBadFormIsShownAgainWithEachProblemAndNothingIsAdded() {
        PageClient pages = PageClient.forMarketplace();
        pages.signIn(grower.email(), grower.password());

        pages.get("/seller/plans");
        Page refused = pages.post("/seller/plans", "action", "create", "name", "", "amount", "abc", "currency", "eur",
                "interval", "week", "trialDays", "999");

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("id=\"plan-errors\""), refused.body());
        assertTrue(refused.body().contains("Price: must be an amount"), refused.body());
        assertTrue(refused.body().contains("Billed every:"), refused.body());
        assertTrue(refused.body().contains("Free trial:"), refused.body());
    }
}
