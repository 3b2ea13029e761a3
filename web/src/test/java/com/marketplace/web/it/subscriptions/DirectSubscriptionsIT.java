package com.marketplace.web.it.subscriptions;

import com.marketplace.web.it.support.RunningMarketplace;
import org.junit.jupiter.api.extension.ExtendWith;

/** The subscription journey for a Direct seller: everything on the seller's connected account, the fee paid to the platform. */
@ExtendWith(RunningMarketplace.class)
class DirectSubscriptionsIT extends SubscriptionJourney {

    @Override
    boolean direct() {
        return true;
    }
}
