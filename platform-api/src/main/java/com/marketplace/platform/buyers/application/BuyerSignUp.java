package com.marketplace.platform.buyers.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A buyer's sign-up, the command behind {@code POST /api/buyers} and the sign-up page's form. The
 * password rule is the sellers': 12 to 128 characters, no composition rules.
 */
public record BuyerSignUp(
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Size(min = 12, max = 128) String password,
        @NotBlank @Size(max = 120) String name) {

    @Override
    public String toString() {
        return "BuyerSignUp[email=" + email + ", password=***]";
    }
}
