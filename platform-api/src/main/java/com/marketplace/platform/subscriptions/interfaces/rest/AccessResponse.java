package com.marketplace.platform.subscriptions.interfaces.rest;

import com.marketplace.platform.subscriptions.application.SubscriberAccess;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A seller's check of one buyer: {@code access} is {@code access}, {@code access_past_due} or {@code none}; a warning while a renewal fails. */
public record AccessResponse(@Schema(example = "ada@example.com") String email,
                             @Schema(example = "access") String access,
                             @Schema(example = "The last renewal failed; Stripe retries until 2026-03-21") String warning,
                             List<SubscriptionResponse> subscriptions) {

    static AccessResponse of(SubscriberAccess access) {
        return new AccessResponse(access.email(), access.access().name().toLowerCase(Locale.ROOT), access.warning().orElse(null),
                access.subscriptions().stream().map(SubscriptionResponse::of).toList());
    }
}
