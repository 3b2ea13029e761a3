package com.marketplace.onboarding.interfaces.rest;

import com.marketplace.onboarding.domain.AccountType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The admin's choice of a seller's account type, in Stripe's words. */
public record AccountTypeRequest(@Schema(example = "express") @NotNull @Pattern(regexp = "(?i)express|standard", message = "must be express or standard") String accountType) {

    AccountType toAccountType() {
        return AccountType.valueOf(accountType.toUpperCase(Locale.ROOT));
    }
}
