package com.marketplace.platform.plans.application;

import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.platform.kernel.money.SupportedCurrency;
import com.marketplace.platform.plans.domain.BillingInterval;
import com.marketplace.platform.plans.domain.PlanChanges;
import com.marketplace.platform.plans.domain.PlanDetails;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A seller's edit of a plan: what is null stays as it was. */
public record PlanEdit(@Schema(example = "Monthly print club") @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
                       @Schema(example = "A new art print every month") @Size(max = 4000) String description,
                       @Schema(example = "900") @Positive @Max(SupportedCurrencies.MAX_AMOUNT) Long amount,
                       @Schema(example = "eur") @SupportedCurrency String currency,
                       @Schema(example = "month") @Pattern(regexp = "month|year", message = "must be month or year") String interval,
                       @Schema(example = "14") @PositiveOrZero @Max(PlanDetails.MAX_TRIAL_DAYS) Integer trialDays) {

    @AssertTrue(message = "must change at least one of name, description, amount, currency, interval, trialDays")
    public boolean isChangingSomething() {
        return Stream.of(name, description, amount, currency, interval, trialDays).anyMatch(value -> value != null);
    }

    PlanChanges toChanges() {
        return new PlanChanges(Optional.ofNullable(name), Optional.ofNullable(description), Optional.ofNullable(amount),
                Optional.ofNullable(currency), Optional.ofNullable(interval).map(value -> BillingInterval.parse(value).orElseThrow(
                        () -> new IllegalArgumentException("interval is month or year"))),
                Optional.ofNullable(trialDays));
    }
}
