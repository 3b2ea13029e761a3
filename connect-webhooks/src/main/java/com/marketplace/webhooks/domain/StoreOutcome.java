package com.marketplace.webhooks.domain;

/** What storing a delivery did: a new row, or a counter on the row of an event already stored. */
public enum StoreOutcome { STORED, DUPLICATE }
