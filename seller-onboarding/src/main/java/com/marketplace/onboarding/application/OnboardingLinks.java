package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.ConnectedAccounts;
import com.marketplace.onboarding.domain.ConnectedAccounts.HostedLink;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.StripeAccountId;
import com.marketplace.onboarding.infrastructure.OnboardingTokenStore;
import com.marketplace.platform.sellers.SellerId;
import com.marketplace.platform.shared.config.MarketplaceConfig;
import com.marketplace.platform.shared.error.ApiException;
import com.marketplace.platform.shared.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Account links into Stripe's hosted onboarding. A link lives minutes and works once; its
 * {@code refresh_url} (hit by Stripe when the link expired or was used) mints a new one, and its
 * {@code return_url} re-fetches the account: coming back does not mean onboarding is finished.
 * Both URLs carry a token that names the seller, valid for {@link #TOKEN_LIFETIME}.
 */
@ApplicationScoped
public class OnboardingLinks {

    public static final String REFRESH_PATH = "/sellers/onboarding/refresh";
    public static final String RETURN_PATH = "/sellers/onboarding/return";
    static final Duration TOKEN_LIFETIME = Duration.ofDays(7);

    private AccountProvisioning provisioning;
    private ConnectedAccounts accounts;
    private OnboardingTokenStore tokens;
    private AccountProjection projection;
    private SellerQueries queries;
    private MarketplaceConfig config;
    private Clock clock;

    protected OnboardingLinks() {
        // for CDI proxies
    }

    @Inject
    public OnboardingLinks(AccountProvisioning provisioning, ConnectedAccounts accounts, OnboardingTokenStore tokens,
                           AccountProjection projection, SellerQueries queries, MarketplaceConfig config) {
        this.provisioning = provisioning;
        this.accounts = accounts;
        this.tokens = tokens;
        this.projection = projection;
        this.queries = queries;
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    public HostedLink create(SellerId seller) {
        StripeAccountId account = provisioning.ensureAccount(seller);
        Instant now = Instant.now(clock);
        String token = tokens.issue(seller, now, now.plus(TOKEN_LIFETIME));
        return accounts.onboardingLink(account, url(REFRESH_PATH, token), url(RETURN_PATH, token),
                "account-link-" + OnboardingTokenStore.fingerprint(token));
    }

    /** A new link for the seller the token names (Stripe's refresh_url); each visit mints a fresh one. */
    public URI refresh(String token) {
        SellerId seller = sellerFor(token);
        StripeAccountId account = provisioning.ensureAccount(seller);
        return accounts.onboardingLink(account, url(REFRESH_PATH, token), url(RETURN_PATH, token),
                "account-link-" + OnboardingTokenStore.fingerprint(token) + "-" + UUID.randomUUID()).url();
    }

    /** The seller back from Stripe's pages (return_url), with their account fetched again. */
    public Seller returned(String token) {
        SellerId seller = sellerFor(token);
        projection.syncSeller(seller);
        return queries.seller(seller);
    }

    private SellerId sellerFor(String token) {
        return tokens.sellerFor(token, Instant.now(clock)).orElseThrow(() -> new ApiException(ErrorCode.ONBOARDING_LINK_INVALID,
                "This onboarding link is unknown or has expired; ask for a new one from your seller page"));
    }

    private URI url(String path, String token) {
        return UriBuilder.fromUri(config.publicBaseUrl()).path(path).queryParam("token", token).build();
    }
}
