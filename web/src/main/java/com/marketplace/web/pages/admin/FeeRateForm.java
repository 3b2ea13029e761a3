package com.marketplace.web.pages.admin;

import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.web.pages.support.MoneyText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A fee rate as the admin types it: a percentage with at most two decimals ("2.9" is 2.9 %, stored
 * as 290 basis points, the finest step the schedule has) and a fixed amount in the currency's own
 * units ("0.30" euros, "30" yen). Anything else is refused with every problem named, before the
 * schedule is touched.
 */
final class FeeRateForm {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FeeRateForm() {
    }

    static FeeRate parse(String currencyText, String percentText, String fixedText) {
        List<String> problems = new ArrayList<>();
        String currency = currencyText == null ? "" : currencyText.trim().toLowerCase(Locale.ROOT);
        boolean currencyKnown = SupportedCurrencies.isSupported(currency);
        if (!currencyKnown) {
            problems.add("Currency must be one of " + SupportedCurrencies.CODES.stream().sorted().toList());
        }
        int basisPoints = basisPoints(percentText);
        if (basisPoints < 0) {
            problems.add("Percentage must be a number from 0 to 100 with at most two decimals, like 2.9");
        }
        long fixed = -1;
        if (currencyKnown) {
            OptionalLong parsed = MoneyText.parse(fixedText, currency);
            fixed = parsed.isPresent() && parsed.getAsLong() <= SupportedCurrencies.MAX_AMOUNT ? parsed.getAsLong() : -1;
            if (fixed < 0) {
                int digits = CurrencyCode.of(currency).minorUnitDigits();
                problems.add("Fixed amount must be an amount in " + currency.toUpperCase(Locale.ROOT) + " of 0 or more"
                        + (digits == 0 ? " without decimals, like 30" : " with at most " + digits + " decimals, like 0.30"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, String.join(". ", problems) + ".");
        }
        return FeeRate.of(basisPoints, fixed, CurrencyCode.of(currency));
    }

    /** Basis points of a typed percentage, or -1 when it is not one from 0 to 100 in steps of 0.01. */
    static int basisPoints(String percentText) {
        if (percentText == null || percentText.isBlank()) {
            return -1;
        }
        try {
            BigDecimal percent = new BigDecimal(percentText.trim().replace("%", "").trim());
            if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0 || percent.stripTrailingZeros().scale() > 2) {
                return -1;
            }
            return percent.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException notAPercentage) {
            return -1;
        }
    }

    /** "2.9", "10", "0.25": the percentage of basis points as the form takes it back. */
    static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }

    /** "2.9 % + €0.30", or "2.9 %" without a fixed part. */
    static String describe(FeeRate rate) {
        String percentage = percent(rate.basisPoints()) + " %";
        return rate.fixed().minorUnits() == 0 ? percentage
                : percentage + " + " + MoneyText.format(rate.fixed().minorUnits(), rate.currency().value());
    }
}
