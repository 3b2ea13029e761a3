package com.marketplace.platform.fees.domain;

/** Where the rate that applies to a seller's sale came from, most specific first. */
public enum FeeSource {
    SELLER_OVERRIDE,
    DEFAULT,
    FALLBACK
}
