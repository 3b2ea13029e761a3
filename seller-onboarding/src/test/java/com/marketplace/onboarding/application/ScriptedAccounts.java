package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.AccountSnapshot;
import com.marketplace.onboarding.domain.AccountSnapshot.Requirements;
import com.marketplace.onboarding.domain.ConnectedAccounts;
import com.marketplace.onboarding.domain.StripeAccountId;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stripe's connected accounts as a test scripts them: what each fetch answers, or that Stripe is down. */
final class ScriptedAccounts implements ConnectedAccounts {

    private final Map<StripeAccountId, AccountSnapshot> accounts = new HashMap<>();
    private final List<StripeAccountId> fetched = new ArrayList<>();
    private RuntimeException outage;

    static AccountSnapshot enabled(StripeAccountId account) {
        return new AccountSnapshot(account, true, true, true, Optional.of("active"), Optional.of("active"), Requirements.NONE, Requirements.NONE);
    }

    static AccountSnapshot notSubmitted(StripeAccountId account) {
        return new AccountSnapshot(account, false, false, false, Optional.of("inactive"), Optional.of("inactive"),
                new Requirements(List.of("individual.first_name"), List.of(), List.of("individual.first_name"), Optional.empty()),
                Requirements.NONE);
    }

    static AccountSnapshot rejected(StripeAccountId account) {
        return new AccountSnapshot(account, true, false, false, Optional.of("inactive"), Optional.of("inactive"),
                new Requirements(List.of(), List.of(), List.of(), Optional.of("rejected.fraud")), Requirements.NONE);
    }

    void answer(AccountSnapshot account) {
        accounts.put(account.accountId(), account);
    }

    void failWith(RuntimeException failure) {
        outage = failure;
    }

    List<StripeAccountId> fetched() {
        return fetched;
    }

    @Override
    public AccountSnapshot fetch(StripeAccountId account) {
        fetched.add(account);
        if (outage != null) {
            throw outage;
        }
        AccountSnapshot snapshot = accounts.get(account);
        if (snapshot == null) {
            throw new IllegalStateException("no such account " + account);
        }
        return snapshot;
    }

    /** An account creation as Stripe received it. */
    record Creation(NewAccount account, String idempotencyKey, StripeAccountId created) {
    }

    private List<Creation> creations;

    /** From now on, creations succeed and are recorded (by default a test that creates one fails). */
    List<Creation> acceptCreations() {
        creations = new ArrayList<>();
        return creations;
    }

    @Override
    public StripeAccountId create(NewAccount account, String idempotencyKey) {
        if (creations == null) {
            throw new AssertionError("the account projection never creates accounts");
        }
        StripeAccountId created = new StripeAccountId("acct_1Created" + (creations.size() + 1));
        creations.add(new Creation(account, idempotencyKey, created));
        return created;
    }

    @Override
    public HostedLink onboardingLink(StripeAccountId account, URI refreshUrl, URI returnUrl, String idempotencyKey) {
        throw new AssertionError("the account projection never creates links");
    }

    @Override
    public HostedLink expressDashboardLink(StripeAccountId account, String idempotencyKey) {
        throw new AssertionError("the account projection never creates links");
    }

    private final java.util.Set<StripeAccountId> revoked = new java.util.HashSet<>();

    void revoke(StripeAccountId account) {
        revoked.add(account);
    }

    @Override
    public boolean accessRevoked(StripeAccountId account) {
        return revoked.contains(account);
    }
}
