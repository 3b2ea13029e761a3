package com.marketplace.platform.payouts.domain;

/** Stripe, as seller money needs it (reads only). Failures are {@link PayoutGatewayFailure}. */
public interface PayoutGateway {

    /** The payout, re-fetched on the connected account that made it. */
    StripePayout payout(String connectedAccount, String payoutId);

    /** {@code GET /v1/balance} on the connected account. */
    Balance balance(String connectedAccount);

    /** {@code GET /v1/balance} on the platform's own account. */
    Balance platformBalance();
}
