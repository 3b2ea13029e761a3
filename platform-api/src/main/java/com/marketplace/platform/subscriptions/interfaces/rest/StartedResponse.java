package com.marketplace.platform.subscriptions.interfaces.rest;

import com.marketplace.platform.subscriptions.application.StartedSubscription;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The subscription begun and the Checkout Session the buyer pays at ({@code url}). */
// Named for the API description: Payara describes a class given only in @APIResponse once it is an annotated schema.
@Schema(name = "StartedSubscription", description = "The subscription begun and the Checkout Session the buyer pays at (url)")
public record StartedResponse(@Schema(example = "11") long subscriptionId,
                              @Schema(example = "cs_test_a1b2c3") String sessionId,
                              @Schema(example = "https://checkout.stripe.com/c/pay/cs_test_a1b2c3") String url) {

    static StartedResponse of(StartedSubscription started) {
        return new StartedResponse(started.id().value(), started.sessionId(), started.url());
    }
}
