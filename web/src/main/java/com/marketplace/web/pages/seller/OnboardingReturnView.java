package com.marketplace.web.pages.seller;

import java.util.List;
import java.util.Optional;

/**
 * Where a seller stands after Stripe's hosted onboarding, in the words the dashboard uses.
 *
 * @param status the onboarding status's name, for scripts and tests ({@code data-status})
 * @param continueUrl a fresh onboarding link's address, when there is something left to give Stripe
 */
public record OnboardingReturnView(String status, String statusText, Optional<String> disabledReason, List<String> stillToDo,
                                   Optional<String> continueUrl) {

    public OnboardingReturnView {
        stillToDo = List.copyOf(stillToDo);
    }
}
