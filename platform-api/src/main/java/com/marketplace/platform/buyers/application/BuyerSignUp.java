package com.marketplace.platform.buyers.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A buyer's sign-up, the command behind {@code POST /api/buyers} and the sign-up page's form. The
 * password rule is the sellers': 12 to 128 characters, no composition rules.
 */
public record BuyerSignUp(@Schema(example = "ada@example.com") @NotBlank @Email @Size(max = 254) String email,
                          @Schema(example = "correct-horse-battery") @NotNull @Size(min = 12, max = 128) String password,
                          @Schema(example = "Ada Lovelace") @NotBlank @Size(max = 120) String name) {

    @Override
    public String toString() {
        return "BuyerSignUp[email=" + email + ", password=***]";
    }
}
