package com.marketplace.onboarding.domain;

import com.marketplace.onboarding.domain.AccountSnapshot.Requirements;
import java.util.List;
import java.util.Optional;

/** Builds account snapshots for tests: by default a fully enabled account with both capabilities active. */
final class Accounts {

    static final StripeAccountId ACCOUNT = new StripeAccountId("acct_1Test");

    private StripeAccountId accountId = ACCOUNT;
    private boolean detailsSubmitted = true;
    private boolean chargesEnabled = true;
    private boolean payoutsEnabled = true;
    private Optional<String> cardPayments = Optional.of("active");
    private Optional<String> transfers = Optional.of("active");
    private List<String> currentlyDue = List.of();
    private List<String> pastDue = List.of();
    private List<String> eventuallyDue = List.of();
    private Optional<String> disabledReason = Optional.empty();
    private Requirements future = Requirements.NONE;

    private Accounts() {
    }

    static Accounts enabled() {
        return new Accounts();
    }

    Accounts id(String value) {
        accountId = new StripeAccountId(value);
        return this;
    }

    Accounts detailsSubmitted(boolean value) {
        detailsSubmitted = value;
        return this;
    }

    Accounts chargesEnabled(boolean value) {
        chargesEnabled = value;
        return this;
    }

    Accounts payoutsEnabled(boolean value) {
        payoutsEnabled = value;
        return this;
    }

    Accounts cardPayments(String value) {
        cardPayments = Optional.ofNullable(value);
        return this;
    }

    Accounts transfers(String value) {
        transfers = Optional.ofNullable(value);
        return this;
    }

    Accounts currentlyDue(String... codes) {
        currentlyDue = List.of(codes);
        return this;
    }

    Accounts pastDue(String... codes) {
        pastDue = List.of(codes);
        return this;
    }

    Accounts eventuallyDue(String... codes) {
        eventuallyDue = List.of(codes);
        return this;
    }

    Accounts disabledReason(String reason) {
        disabledReason = Optional.ofNullable(reason);
        return this;
    }

    Accounts future(List<String> currently, List<String> eventually) {
        future = new Requirements(currently, List.of(), eventually, Optional.empty());
        return this;
    }

    AccountSnapshot build() {
        return new AccountSnapshot(accountId, detailsSubmitted, chargesEnabled, payoutsEnabled, cardPayments, transfers,
                new Requirements(currentlyDue, pastDue, eventuallyDue, disabledReason), future);
    }
}
