package com.marketplace.onboarding.domain;

import java.net.URI;
import java.time.Instant;

/**
 * Stripe's connected accounts, as the onboarding feature needs them (implemented by the Stripe
 * adapter). Every creating call takes an idempotency key: repeating it returns the first result.
 * Any call may fail with {@link ConnectedAccountsFailed} (Stripe unreachable, or refusing).
 */
public interface ConnectedAccounts {

    StripeAccountId create(NewAccount account, String idempotencyKey);

    AccountSnapshot fetch(StripeAccountId account);

    /**
     * Whether the platform lost access to the account: Stripe answers a read of it with
     * {@code account_invalid} (what it answers after the seller deauthorized the platform).
     * False when the read succeeds.
     */
    boolean accessRevoked(StripeAccountId account);

    /** A single-use, short-lived link into Stripe's hosted onboarding ({@code account_onboarding}). */
    HostedLink onboardingLink(StripeAccountId account, URI refreshUrl, URI returnUrl, String idempotencyKey);

    /** A single-use link into the Express dashboard. */
    HostedLink expressDashboardLink(StripeAccountId account, String idempotencyKey);

    record NewAccount(AccountType type, String country, String email, String defaultCurrency, String businessName, long sellerId) {
    }

    record HostedLink(URI url, Instant expiresAt) {
    }
}
