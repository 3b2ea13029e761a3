package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.SellerProfile;
import com.marketplace.platform.kernel.money.SupportedCurrency;
import com.marketplace.platform.sellers.ChargeType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A seller's sign-up, the command behind the registration API's body and the sign-up page's form. The password is 12 to 128 characters (length is what makes a password
 * strong; no composition rules); the country is one where the platform onboards sellers.
 */
public record SellerSignUp(@Schema(example = "atelier@example.com") @NotBlank @Email @Size(max = 254) String email,
                           @Schema(example = "correct-horse-battery") @NotNull @Size(min = 12, max = 128) String password,
                           @Schema(example = "Atelier Lovelace") @NotBlank @Size(max = 120) String displayName,
                           @Schema(example = "DE") @NotNull @Pattern(regexp = SupportedCountries.PATTERN, message = "must be a supported two-letter country code (US, GB, FR, DE, JP, ...)")
                           String country,
                           @Schema(example = "eur") @NotNull @SupportedCurrency String defaultCurrency,
                           @Schema(example = "DESTINATION") @NotNull @Pattern(regexp = "(?i)direct|destination", message = "must be DIRECT or DESTINATION") String chargeType) {

    @Override
    public String toString() {
        return "SellerSignUp[email=" + email + ", password=***]";
    }

    public SellerProfile toProfile() {
        return new SellerProfile(email, displayName, country, defaultCurrency, ChargeType.valueOf(chargeType.toUpperCase(Locale.ROOT)));
    }
}
