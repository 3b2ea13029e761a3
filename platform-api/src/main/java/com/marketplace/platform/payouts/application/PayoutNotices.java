package com.marketplace.platform.payouts.application;

import com.marketplace.platform.notifications.domain.NewNotification;
import com.marketplace.platform.notifications.domain.NotificationKind;
import com.marketplace.platform.notifications.domain.Outbox;
import com.marketplace.platform.payouts.domain.Payout;
import com.marketplace.platform.sellers.SellerDirectory;
import com.marketplace.platform.sellers.SellerStanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The mail a payout owes its seller, written into the outbox in the transaction of the event that
 * settled it. Subject {@code payout_{po id}}: with the kind, one message per payout and outcome.
 * Data: payoutId, amount (minor units), currency, arrivalDate (ISO-8601 or empty), sellerName,
 * payoutsUrl; a failure adds failureCode, failureMessage and fixUrl.
 */
@ApplicationScoped
public class PayoutNotices {

    private static final Logger LOG = Logger.getLogger(PayoutNotices.class.getName());

    private Outbox outbox;
    private SellerDirectory sellers;
    private PayoutSettings settings;

    protected PayoutNotices() {
        // for CDI proxies
    }

    @Inject
    public PayoutNotices(Outbox outbox, SellerDirectory sellers, PayoutSettings settings) {
        this.outbox = outbox;
        this.sellers = sellers;
        this.settings = settings;
    }

    public void owed(NotificationKind kind, Payout payout, Instant now) {
        Optional<String> email = sellers.contactEmail(payout.sellerId());
        if (email.isEmpty()) {
            LOG.warning(() -> "payout " + payout.stripe().id() + " of seller " + payout.sellerId() + " has nobody to mail");
            return;
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("payoutId", payout.stripe().id());
        data.put("amount", Long.toString(payout.stripe().amount()));
        data.put("currency", payout.stripe().currency());
        data.put("arrivalDate", payout.stripe().arrivalDate().map(Instant::toString).orElse(""));
        data.put("sellerName", sellers.find(payout.sellerId()).map(SellerStanding::displayName).orElse(""));
        data.put("payoutsUrl", settings.payoutsUrl().toString());
        if (kind == NotificationKind.PAYOUT_FAILED) {
            data.put("failureCode", payout.stripe().failureCode().orElse(""));
            data.put("failureMessage", payout.stripe().failureMessage().orElse(""));
            data.put("fixUrl", settings.fixUrl().toString());
        }
        outbox.add(new NewNotification(kind, email.get(), "payout_" + payout.stripe().id(), data), now);
    }
}
