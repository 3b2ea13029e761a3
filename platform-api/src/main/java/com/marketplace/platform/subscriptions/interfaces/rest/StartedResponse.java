package com.marketplace.platform.subscriptions.interfaces.rest;

import com.marketplace.platform.subscriptions.application.StartedSubscription;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The subscription begun and the Checkout Session the buyer pays at ({@code url}). */
// Named for the API description: Payara describes a class given only in @APIResponse once it is an annotated schema.
@Schema(name = "StartedSubscription", description = "The subscription begun and the Checkout Session the buyer pays at (url)")
public record StartedResponse(long subscriptionId, String sessionId, String url) {

    static StartedResponse of(StartedSubscription started) {
        return new StartedResponse(started.id().value(), started.sessionId(), started.url());
    }
}
