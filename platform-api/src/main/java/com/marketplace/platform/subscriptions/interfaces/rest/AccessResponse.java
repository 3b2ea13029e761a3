package com.marketplace.platform.subscriptions.interfaces.rest;

import com.marketplace.platform.subscriptions.application.SubscriberAccess;
import java.util.List;
import java.util.Locale;

/** A seller's check of one buyer: {@code access} is {@code access}, {@code access_past_due} or {@code none}; a warning while a renewal fails. */
public record AccessResponse(String email, String access, String warning, List<SubscriptionResponse> subscriptions) {

    static AccessResponse of(SubscriberAccess access) {
        return new AccessResponse(access.email(), access.access().name().toLowerCase(Locale.ROOT), access.warning().orElse(null),
                access.subscriptions().stream().map(SubscriptionResponse::of).toList());
    }
}
