package com.marketplace.sandbox.accounts;

import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.Templates;
import com.marketplace.sandbox.store.SandboxClock;
import com.marketplace.sandbox.store.SandboxTx;

/**
 * Accounts that disconnected the platform. Kept apart from the account object (whose fields are
 * Stripe's): the platform can no longer read the account, and every request it makes on it is
 * Stripe's 403 {@code account_invalid}.
 */
public final class Deauthorizations {

    /** The platform's Connect application, as {@code account.application.deauthorized} names it. */
    static final String APPLICATION_ID = "ca_sandbox_platform";
    private static final String SETTING = "deauthorized.";

    private Deauthorizations() {
    }

    public static boolean isDeauthorized(SandboxTx tx, String accountId) {
        return tx.setting(SETTING + accountId).isPresent();
    }

    static void mark(SandboxTx tx, String accountId) {
        tx.putSetting(SETTING + accountId, Long.toString(SandboxClock.nowSeconds()));
    }

    static StripeObject application() {
        StripeObject application = Templates.of("application");
        application.put("id", APPLICATION_ID);
        application.put("name", "Marketplace (sandbox)");
        return application;
    }

    /** Stripe's answer to a platform acting on an account that revoked its access. */
    public static StripeError refused(String accountId) {
        return new StripeError(403, "invalid_request_error", "account_invalid",
                "The provided key 'sk_test_********' does not have access to account '" + accountId
                        + "' (or that account does not exist). Application access may have been revoked.", null, null);
    }
}
