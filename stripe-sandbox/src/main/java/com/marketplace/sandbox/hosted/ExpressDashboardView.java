package com.marketplace.sandbox.hosted;

/** What the Express dashboard stand-in shows of an account. */
public record ExpressDashboardView(String accountId, boolean chargesEnabled, boolean payoutsEnabled, boolean detailsSubmitted) {
}
