package com.marketplace.web.it.subscriptions;

import com.marketplace.web.it.support.RunningMarketplace;
import org.junit.jupiter.api.extension.ExtendWith;

/** The subscription journey for a Destination seller: on the platform, the rest of each payment transferred to the seller. */
@ExtendWith(RunningMarketplace.class)
class DestinationSubscriptionsIT extends SubscriptionJourney {

    @Override
    boolean direct() {
        return false;
    }
}
