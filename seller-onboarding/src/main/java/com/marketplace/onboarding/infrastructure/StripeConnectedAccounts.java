package com.marketplace.onboarding.infrastructure;

import com.marketplace.onboarding.domain.AccountSnapshot.Requirements;
import com.marketplace.onboarding.domain.AccountSnapshot;
import com.marketplace.onboarding.domain.AccountType;
import com.marketplace.onboarding.domain.ConnectedAccounts;
import com.marketplace.onboarding.domain.ConnectedAccountsFailed;
import com.marketplace.onboarding.domain.StripeAccountId;
import com.marketplace.platform.stripe.infrastructure.StripeApi;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.AccountLink;
import com.stripe.model.LoginLink;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.AccountLoginLinkCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The onboarding feature's Stripe adapter: connected accounts, account links and login links. */
@ApplicationScoped
public class StripeConnectedAccounts implements ConnectedAccounts {

    private StripeApi stripe;

    protected StripeConnectedAccounts() {
        // for CDI proxies
    }

    @Inject
    public StripeConnectedAccounts(StripeApi stripe) {
        this.stripe = stripe;
    }

    @Override
    public StripeAccountId create(NewAccount account, String idempotencyKey) {
        AccountCreateParams.Builder params = AccountCreateParams.builder()
                .setType(account.type() == AccountType.EXPRESS ? AccountCreateParams.Type.EXPRESS : AccountCreateParams.Type.STANDARD)
                .setCountry(account.country())
                .setEmail(account.email())
                .setDefaultCurrency(account.defaultCurrency())
                .setBusinessProfile(AccountCreateParams.BusinessProfile.builder().setName(account.businessName()).build())
                .putMetadata("seller_id", String.valueOf(account.sellerId()));
        // Standard accounts get their capabilities from Stripe; Express ones ask for both the charge types need.
        if (account.type() == AccountType.EXPRESS) {
            params.setCapabilities(AccountCreateParams.Capabilities.builder()
                    .setCardPayments(AccountCreateParams.Capabilities.CardPayments.builder().setRequested(true).build())
                    .setTransfers(AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build())
                    .build());
        }
        try {
            return new StripeAccountId(stripe.client().v1().accounts().create(params.build(), stripe.idempotent(idempotencyKey)).getId());
        } catch (StripeException e) {
            throw failure("Creating the seller's Stripe account failed", e);
        }
    }

    @Override
    public AccountSnapshot fetch(StripeAccountId accountId) {
        Account account;
        try {
            account = stripe.client().v1().accounts().retrieve(accountId.value());
        } catch (StripeException e) {
            throw failure("Reading the seller's Stripe account failed", e);
        }
        Optional<Account.Capabilities> capabilities = Optional.ofNullable(account.getCapabilities());
        return new AccountSnapshot(accountId,
                Boolean.TRUE.equals(account.getDetailsSubmitted()),
                Boolean.TRUE.equals(account.getChargesEnabled()),
                Boolean.TRUE.equals(account.getPayoutsEnabled()),
                capabilities.map(Account.Capabilities::getCardPayments),
                capabilities.map(Account.Capabilities::getTransfers),
                Optional.ofNullable(account.getRequirements()).map(r -> new Requirements(listOf(r.getCurrentlyDue()),
                        listOf(r.getPastDue()), listOf(r.getEventuallyDue()), Optional.ofNullable(r.getDisabledReason()),
                        Optional.ofNullable(r.getCurrentDeadline()).map(Instant::ofEpochSecond)))
                        .orElse(Requirements.NONE),
                Optional.ofNullable(account.getFutureRequirements()).map(r -> new Requirements(listOf(r.getCurrentlyDue()),
                        listOf(r.getPastDue()), listOf(r.getEventuallyDue()), Optional.ofNullable(r.getDisabledReason())))
                        .orElse(Requirements.NONE));
    }

    @Override
    public boolean accessRevoked(StripeAccountId accountId) {
        try {
            stripe.client().v1().accounts().retrieve(accountId.value());
            return false;
        } catch (StripeException e) {
            if ("account_invalid".equals(e.getCode()) || e instanceof PermissionException) {
                return true;
            }
            throw failure("Reading the seller's Stripe account failed", e);
        }
    }

    @Override
    public HostedLink onboardingLink(StripeAccountId account, URI refreshUrl, URI returnUrl, String idempotencyKey) {
        AccountLinkCreateParams params = AccountLinkCreateParams.builder()
                .setAccount(account.value())
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .setRefreshUrl(refreshUrl.toString())
                .setReturnUrl(returnUrl.toString())
                .build();
        try {
            AccountLink link = stripe.client().v1().accountLinks().create(params, stripe.idempotent(idempotencyKey));
            return new HostedLink(URI.create(link.getUrl()), Instant.ofEpochSecond(link.getExpiresAt()));
        } catch (StripeException e) {
            throw failure("Creating the onboarding link failed", e);
        }
    }

    @Override
    public HostedLink expressDashboardLink(StripeAccountId account, String idempotencyKey) {
        try {
            LoginLink link = stripe.client().v1().accounts().loginLinks()
                    .create(account.value(), AccountLoginLinkCreateParams.builder().build(), stripe.idempotent(idempotencyKey));
            // Login links are single-use and short-lived; Stripe does not say for how long in the object.
            return new HostedLink(URI.create(link.getUrl()), Instant.ofEpochSecond(link.getCreated()).plusSeconds(300));
        } catch (StripeException e) {
            throw failure("Creating the Express dashboard link failed", e);
        }
    }

    private static List<String> listOf(List<String> codes) {
        return codes == null ? List.of() : codes;
    }

    /** A stripe-java failure as the domain's, without Stripe's message (the log keeps the request id). */
    private static ConnectedAccountsFailed failure(String whatFailed, StripeException e) {
        boolean transientFailure = e instanceof ApiConnectionException || e instanceof RateLimitException
                || (e.getStatusCode() != null && e.getStatusCode() >= 500);
        return transientFailure ? ConnectedAccountsFailed.unavailable(whatFailed) : ConnectedAccountsFailed.refused(whatFailed, e.getRequestId());
    }
}
