package com.marketplace.onboarding.interfaces.rest;

import com.marketplace.onboarding.domain.EmailAlreadyRegistered;
import com.marketplace.onboarding.domain.OnboardingIncomplete;
import com.marketplace.onboarding.domain.OnboardingLinkInvalid;
import com.marketplace.onboarding.domain.OnboardingRefused;
import com.marketplace.onboarding.domain.SellerNotFound;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ApiExceptionMapper;
import com.marketplace.platform.kernel.error.ErrorCode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What the onboarding rules' refusals are in HTTP: the API's status, error code and message, the
 * same body any refusal has. Pages use {@link #toApi} for the status and message of their page.
 */
@Provider
public class OnboardingErrors implements ExceptionMapper<OnboardingRefused> {

    private final ApiExceptionMapper apiErrors = new ApiExceptionMapper();

    @Override
    public Response toResponse(OnboardingRefused refused) {
        return apiErrors.toResponse(toApi(refused));
    }

    public static ApiException toApi(OnboardingRefused refused) {
        return new ApiException(code(refused), refused.getMessage());
    }

    private static ErrorCode code(OnboardingRefused refused) {
        if (refused instanceof SellerNotFound) {
            return ErrorCode.SELLER_NOT_FOUND;
        }
        if (refused instanceof EmailAlreadyRegistered) {
            return ErrorCode.EMAIL_TAKEN;
        }
        if (refused instanceof OnboardingLinkInvalid) {
            return ErrorCode.ONBOARDING_LINK_INVALID;
        }
        if (refused instanceof OnboardingIncomplete) {
            return ErrorCode.ONBOARDING_INCOMPLETE;
        }
        throw new IllegalArgumentException("no HTTP meaning for " + refused.getClass().getName());
    }
}
