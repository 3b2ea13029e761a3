package com.marketplace.onboarding.domain;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.sellers.OnboardingStatus;
import java.util.Locale;

/**
 * A switch of account type refused because money may have gone through the seller's current
 * account: its refunds, disputes and payouts stay tied to that account, which Stripe never
 * changes the type of.
 */
public class AccountInUse extends OnboardingRefused {

    private AccountInUse(String message) {
        super(Reason.ACCOUNT_IN_USE, message);
    }

    static AccountInUse active(SellerId seller) {
        return new AccountInUse("Seller " + seller + " is active on their current Stripe account and may have taken payments on it;"
                + " its account type cannot change");
    }

    static AccountInUse closed(SellerId seller, OnboardingStatus status) {
        return new AccountInUse("Seller " + seller + "'s Stripe account is " + status.name().toLowerCase(Locale.ROOT)
                + "; a new account of another type is not a way around that");
    }

    static AccountInUse moneyRecorded(SellerId seller) {
        return new AccountInUse("Seller " + seller + " has orders, plans, subscriptions or payouts recorded on their Stripe account;"
                + " its account type cannot change");
    }
}
