package com.marketplace.platform.fees.domain;

import java.util.Objects;

/** The rate a seller's sale in one currency is charged at, and which level of the schedule set it. */
public record ApplicableRate(FeeRate rate, FeeSource source) {

    public ApplicableRate {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(source, "source");
    }
}
