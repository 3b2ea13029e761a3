package com.marketplace.onboarding.interfaces.rest;

import com.marketplace.platform.sellers.ChargeType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The admin's choice of a seller's charge type. */
public record ChargeTypeRequest(@Schema(example = "DESTINATION") @NotNull @Pattern(regexp = "(?i)direct|destination", message = "must be DIRECT or DESTINATION") String chargeType) {

    ChargeType toChargeType() {
        return ChargeType.valueOf(chargeType.toUpperCase(Locale.ROOT));
    }
}
