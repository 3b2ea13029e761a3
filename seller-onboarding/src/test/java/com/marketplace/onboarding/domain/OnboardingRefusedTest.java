package com.marketplace.onboarding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.error.RefusalMapper;
import com.marketplace.platform.kernel.ids.SellerId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Onboarding's refusals are answered like every feature's: by their reason's published code and status. */
class OnboardingRefusedTest {

    @Test
    void everyReasonIsAPublishedErrorCode() {
        for (OnboardingRefused.Reason reason : OnboardingRefused.Reason.values()) {
            assertTrue(Arrays.stream(ErrorCode.values()).anyMatch(code -> code.name().equals(reason.name())), reason.name());
        }
    }

    @Test
    void anUnknownSellerIs404SellerNotFound() {
        assertEquals(ErrorCode.SELLER_NOT_FOUND, RefusalMapper.errorCodeOf(new SellerNotFound(new SellerId(9))));
        assertEquals(404, RefusalMapper.errorCodeOf(new SellerNotFound(new SellerId(9))).status().getStatusCode());
    }

    @Test
    void anEmailRegisteredAlreadyIs409EmailTaken() {
        assertEquals(ErrorCode.EMAIL_TAKEN, RefusalMapper.errorCodeOf(new EmailAlreadyRegistered()));
        assertEquals("email_taken", new EmailAlreadyRegistered().code());
    }

    @Test
    void aSpentOnboardingLinkIs404AndAnUnfinishedOnboardingIs409() {
        assertEquals(404, RefusalMapper.errorCodeOf(new OnboardingLinkInvalid()).status().getStatusCode());
        assertEquals(ErrorCode.ONBOARDING_INCOMPLETE, RefusalMapper.errorCodeOf(new OnboardingIncomplete()));
        assertEquals(409, RefusalMapper.errorCodeOf(new OnboardingIncomplete()).status().getStatusCode());
    }

    @Test
    void stripeUnreachableIsStripeUnavailableAndARefusalIsStripeErrorNamingOnlyTheRequestId() {
        ConnectedAccountsFailed down = ConnectedAccountsFailed.unavailable("Reading the seller's Stripe account failed");
        ConnectedAccountsFailed refused = ConnectedAccountsFailed.refused("Creating the onboarding link failed", "req_123");

        assertEquals(ErrorCode.STRIPE_UNAVAILABLE, RefusalMapper.errorCodeOf(down));
        assertEquals("Reading the seller's Stripe account failed: Stripe could not be reached; try again shortly", down.getMessage());
        assertEquals(ErrorCode.STRIPE_ERROR, RefusalMapper.errorCodeOf(refused));
        assertEquals("Creating the onboarding link failed: Stripe refused the request (request id req_123)", refused.getMessage());
        assertTrue(ConnectedAccountsFailed.refused("x", null).getMessage().endsWith("(request id unknown)"));
    }
}
