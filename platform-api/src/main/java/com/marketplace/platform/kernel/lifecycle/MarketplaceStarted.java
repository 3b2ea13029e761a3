package com.marketplace.platform.kernel.lifecycle;

/**
 * Fired once the configuration was accepted and the database migrated: background work that
 * needs the schema (the webhook worker) starts on this, not on the container's own start.
 */
public record MarketplaceStarted() {
}
