package com.marketplace.platform.subscriptions.interfaces.rest;

import jakarta.validation.constraints.NotNull;

/** Cancel at the end of the paid period (access until then) or at once. */
public record CancelRequest(@NotNull Boolean atPeriodEnd) {
}
