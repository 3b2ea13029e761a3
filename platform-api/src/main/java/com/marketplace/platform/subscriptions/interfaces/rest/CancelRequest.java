package com.marketplace.platform.subscriptions.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Cancel at the end of the paid period (access until then) or at once. */
public record CancelRequest(@Schema(example = "true") @NotNull Boolean atPeriodEnd) {
}
