package com.marketplace.sandbox.hosted;

/**
 * The hosted onboarding form of one account link.
 *
 * @param heading the business's name, or the account id when it has none yet
 * @param businessName the name prefilled in the form (empty when none)
 */
public record OnboardingView(String action, String heading, String accountId, String accountType, String businessName, String email) {
}
