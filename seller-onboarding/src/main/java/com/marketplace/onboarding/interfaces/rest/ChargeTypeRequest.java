package com.marketplace.onboarding.interfaces.rest;

import com.marketplace.platform.sellers.ChargeType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;

/** The admin's choice of a seller's charge type. */
public record ChargeTypeRequest(@NotNull @Pattern(regexp = "(?i)direct|destination", message = "must be DIRECT or DESTINATION") String chargeType) {

    ChargeType toChargeType() {
        return ChargeType.valueOf(chargeType.toUpperCase(Locale.ROOT));
    }
}
