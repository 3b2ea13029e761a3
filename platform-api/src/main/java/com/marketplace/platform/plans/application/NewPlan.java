package com.marketplace.platform.plans.application;

import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.platform.kernel.money.SupportedCurrency;
import com.marketplace.platform.plans.domain.BillingInterval;
import com.marketplace.platform.plans.domain.PlanDetails;
import com.marketplace.platform.plans.domain.PlanPricing;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A seller's new plan, as the API and the seller's page take it; the doors validate it (Bean Validation). */
public record NewPlan(@Schema(example = "Monthly print club") @NotBlank @Size(max = 200) String name,
                      @Schema(example = "A new art print every month") @Size(max = 4000) String description,
                      @Schema(example = "900") @NotNull @Positive @Max(SupportedCurrencies.MAX_AMOUNT) Long amount,
                      @Schema(example = "eur") @NotNull @SupportedCurrency String currency,
                      @Schema(example = "month") @NotNull @Pattern(regexp = "month|year", message = "must be month or year") String interval,
                      @Schema(example = "14") @PositiveOrZero @Max(PlanDetails.MAX_TRIAL_DAYS) Integer trialDays) {

    PlanDetails toDetails() {
        return new PlanDetails(name, description,
                new PlanPricing(Money.of(amount, currency), BillingInterval.parse(interval).orElseThrow(
                        () -> new IllegalArgumentException("interval is month or year"))),
                trialDays == null ? 0 : trialDays);
    }
}
