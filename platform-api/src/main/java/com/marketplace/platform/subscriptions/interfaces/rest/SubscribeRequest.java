package com.marketplace.platform.subscriptions.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A buyer's request to subscribe to a plan (also the body of a plan switch). */
public record SubscribeRequest(@NotNull @Positive Long planId) {
}
