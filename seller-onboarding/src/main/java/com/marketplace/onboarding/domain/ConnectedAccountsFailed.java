package com.marketplace.onboarding.domain;

/**
 * Stripe did not do what was asked of a connected account or its links: it could not be reached
 * (worth trying again shortly) or it refused. The message names what failed and never repeats
 * Stripe's own words, which can name objects and settings a seller has no business seeing.
 */
public final class ConnectedAccountsFailed extends OnboardingRefused {

    private ConnectedAccountsFailed(Reason reason, String message) {
        super(reason, message);
    }

    /** Stripe could not be reached, or answered that it is overloaded or failing itself. */
    public static ConnectedAccountsFailed unavailable(String whatFailed) {
        return new ConnectedAccountsFailed(Reason.STRIPE_UNAVAILABLE, whatFailed + ": Stripe could not be reached; try again shortly");
    }

    /** Whether trying again shortly may succeed (Stripe unreachable), as opposed to a refusal. */
    public boolean isTransient() {
        return reason() == Reason.STRIPE_UNAVAILABLE;
    }

    /** Stripe refused the request; its request id lets support find it in Stripe's logs. */
    public static ConnectedAccountsFailed refused(String whatFailed, String requestId) {
        return new ConnectedAccountsFailed(Reason.STRIPE_ERROR, whatFailed + ": Stripe refused the request (request id "
                + (requestId == null ? "unknown" : requestId) + ")");
    }
}
