package com.marketplace.platform.fees.domain;

/** Which rate a change touched: a currency's default, or one seller's override. */
public enum FeeScope {
    DEFAULT,
    SELLER
}
