package com.marketplace.platform.subscriptions.interfaces.rest;

import com.marketplace.platform.subscriptions.application.StartedSubscription;

/** The subscription begun and the Checkout Session the buyer pays at ({@code url}). */
public record StartedResponse(long subscriptionId, String sessionId, String url) {

    static StartedResponse of(StartedSubscription started) {
        return new StartedResponse(started.id().value(), started.sessionId(), started.url());
    }
}
