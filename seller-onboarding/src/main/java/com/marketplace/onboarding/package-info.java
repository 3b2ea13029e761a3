/**
 * Sellers and their Stripe connected accounts: registration, account links, the
 * {@code account.updated} projection and the seller REST resources. Depends on platform-api only.
 */
package com.marketplace.onboarding;
