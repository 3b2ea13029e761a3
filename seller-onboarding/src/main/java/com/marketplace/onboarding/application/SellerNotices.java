package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.Seller;
import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.notifications.domain.NewNotification;
import com.marketplace.platform.notifications.domain.NotificationKind;
import com.marketplace.platform.notifications.domain.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.TreeSet;

/**
 * The mail the account lifecycle sends the seller, written to the outbox in the transaction of the
 * change: {@code requirements_due} when Stripe asks for something (subject keyed by the sorted due
 * set, so the same set mails once however often the account is re-read) and
 * {@code account_disconnected}.
 */
@ApplicationScoped
public class SellerNotices {

    private Outbox outbox;
    private String baseUrl;

    protected SellerNotices() {
        // for CDI proxies
    }

    @Inject
    public SellerNotices(Outbox outbox, MarketplaceConfig config) {
        this(outbox, config.publicBaseUrl().toString());
    }

    public SellerNotices(Outbox outbox, String baseUrl) {
        this.outbox = outbox;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Mails what is due now, once per distinct set; nothing when nothing is due. */
    public void requirementsDue(Seller seller, Instant now) {
        TreeSet<String> due = new TreeSet<>(seller.currentlyDue());
        due.addAll(seller.pastDue());
        if (due.isEmpty()) {
            return;
        }
        String subject = "requirements_" + seller.id().value() + "_" + Integer.toHexString(String.join(",", due).hashCode());
        outbox.add(new NewNotification(NotificationKind.REQUIREMENTS_DUE, seller.email(), subject, Map.of(
                "sellerName", seller.displayName(),
                "currentlyDue", String.join(", ", seller.currentlyDue()),
                "pastDue", String.join(", ", seller.pastDue()),
                "deadline", seller.currentDeadline().map(Instant::toString).orElse(""),
                "paused", seller.pauseReason().orElse(""),
                "dashboardUrl", baseUrl + "/seller")), now);
    }

    public void disconnected(Seller seller, Instant now) {
        outbox.add(new NewNotification(NotificationKind.ACCOUNT_DISCONNECTED, seller.email(), "disconnected_" + seller.id().value(),
                Map.of("sellerName", seller.displayName(), "dashboardUrl", baseUrl + "/seller")), now);
    }
}
