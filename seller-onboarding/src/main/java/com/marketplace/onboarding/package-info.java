/**
 * Sellers and their Stripe connected accounts: registration, account provisioning (one account
 * per seller, whatever crashes), onboarding links and the pages Stripe sends sellers back to, the
 * {@code account.updated} projection that decides whether a seller may sell, and the seller REST
 * resources. Depends on platform-api only; platform-api reads a seller's standing through its own
 * read-only view of the {@code sellers} table.
 */
package com.marketplace.onboarding;
