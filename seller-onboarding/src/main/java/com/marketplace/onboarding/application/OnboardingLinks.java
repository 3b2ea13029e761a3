package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.ConnectedAccounts.HostedLink;
import com.marketplace.onboarding.domain.ConnectedAccounts;
import com.marketplace.onboarding.domain.OnboardingLinkInvalid;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.StripeAccountId;
import com.marketplace.onboarding.infrastructure.OnboardingTokenStore;
import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Account links into Stripe's hosted onboarding. A link lives minutes and works once; its
 * {@code refresh_url} (hit by Stripe when the link expired or was used) mints a new one, and its
 * {@code return_url} re-fetches the account: coming back does not mean onboarding is finished.
 * Both URLs carry a token that names the seller, valid for {@code ONBOARDING_LINK_TOKEN_MINUTES}
 * (30 by default) and spent by the first of them to be visited. Without a usable token, only the
 * seller's own signed-in session gets a new link or their status.
 */
@ApplicationScoped
public class OnboardingLinks {

    public static final String REFRESH_PATH = "/sellers/onboarding/refresh";
    public static final String RETURN_PATH = "/sellers/onboarding/return";
    static final String TOKEN_MINUTES = "ONBOARDING_LINK_TOKEN_MINUTES";
    static final long DEFAULT_TOKEN_MINUTES = 30;

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
        String token = issueToken(seller);
        return accounts.onboardingLink(account, url(REFRESH_PATH, token), url(RETURN_PATH, token),
                "account-link-" + OnboardingTokenStore.fingerprint(token));
    }

    /**
     * A new link (Stripe's refresh_url): for the seller the token names, spending it, or else for
     * the signed-in seller; refused when there is neither.
     */
    public URI refresh(String token, Optional<SellerId> signedInSeller) {
        return create(sellerFor(token, signedInSeller)).url();
    }

    /** The seller back from Stripe's pages (return_url), with their account fetched again. */
    public Seller returned(String token, Optional<SellerId> signedInSeller) {
        SellerId seller = sellerFor(token, signedInSeller);
        projection.syncSeller(seller);
        return queries.seller(seller);
    }

    /** Where the return page's "continue onboarding" button leads: the refresh URL with a fresh token. */
    public URI continueUrl(SellerId seller) {
        return withToken(REFRESH_PATH, issueToken(seller));
    }

    /** How long the token in a link's URLs lasts. */
    public Duration tokenLifetime() {
        return Duration.ofMinutes(Math.max(1, config.longValue(TOKEN_MINUTES, DEFAULT_TOKEN_MINUTES)));
    }

    private String issueToken(SellerId seller) {
        Instant now = Instant.now(clock);
        return tokens.issue(seller, now, now.plus(tokenLifetime()));
    }

    private SellerId sellerFor(String token, Optional<SellerId> signedInSeller) {
        return tokens.consume(token, Instant.now(clock)).or(() -> signedInSeller)
                .orElseThrow(OnboardingLinkInvalid::new);
    }

    private URI url(String path, String token) {
        return withToken(config.publicBaseUrl().toString().replaceAll("/+$", "") + path, token);
    }

    // Built by hand, not with JAX-RS's UriBuilder: the application layer knows nothing of the REST framework.
    private static URI withToken(String address, String token) {
        return URI.create(address + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }
}
