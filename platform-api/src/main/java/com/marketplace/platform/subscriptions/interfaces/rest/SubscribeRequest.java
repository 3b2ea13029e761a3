package com.marketplace.platform.subscriptions.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A buyer's request to subscribe to a plan (also the body of a plan switch). */
public record SubscribeRequest(@Schema(example = "5") @NotNull @Positive Long planId) {
}
