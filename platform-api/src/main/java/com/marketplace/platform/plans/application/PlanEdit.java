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

/** A seller's edit of a plan: what is null stays as it was. */
public record PlanEdit(
        @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
        @Size(max = 4000) String description,
        @Positive @Max(SupportedCurrencies.MAX_AMOUNT) Long amount,
        @SupportedCurrency String currency,
        @Pattern(regexp = "month|year", message = "must be month or year") String interval,
        @PositiveOrZero @Max(PlanDetails.MAX_TRIAL_DAYS) Integer trialDays) {

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
