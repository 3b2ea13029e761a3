package com.marketplace.sandbox.accounts;

import com.marketplace.sandbox.protocol.HttpUrls;
import com.marketplace.sandbox.protocol.Params;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.store.Ids;
import com.marketplace.sandbox.store.SandboxClock;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Account links and login links. An account link is single-use and expires after five minutes
 * (sandbox clock): a used or expired link redirects to its {@code refresh_url}, as Stripe does,
 * so the platform must mint a new one.
 */
@ApplicationScoped
public class AccountLinkService {

    static final String LINK_STATE = "sandbox.account_link";
    static final long LINK_LIFETIME_SECONDS = 300;

    @Inject
    SandboxStore store;

    @Inject
    AccountService accounts;

    public StripeObject createAccountLink(Params params, String sandboxBaseUrl) {
        String accountId = params.requiredString("account");
        String type = params.requiredString("type");
        if (!List.of("account_onboarding", "account_update").contains(type)) {
            throw StripeError.invalidRequest("Invalid type: must be one of account_onboarding or account_update", "type");
        }
        String refreshUrl = HttpUrls.required(params, "refresh_url");
        String returnUrl = HttpUrls.required(params, "return_url");
        long created = SandboxClock.nowSeconds();
        String token = Ids.random(32);
        StripeObject state = StripeObject.of("id", "alink_" + token, "object", LINK_STATE, "account", accountId,
                "refresh_url", refreshUrl, "return_url", returnUrl, "type", type, "created", created,
                "expires_at", created + LINK_LIFETIME_SECONDS, "used", false);
        store.write(tx -> {
            accounts.load(tx, accountId);
            return tx.insert(Scope.PLATFORM, state, accountId, null);
        });
        return StripeObject.of("created", created, "expires_at", created + LINK_LIFETIME_SECONDS, "object", "account_link",
                "url", sandboxBaseUrl + "hosted/onboarding/" + token);
    }

    /** The link's state while it can still be used; empty once used, expired or unknown. */
    public Optional<StripeObject> usableLink(String token) {
        return store.read(tx -> findLink(tx, token))
                .filter(link -> !link.bool("used") && link.longValue("expires_at") > SandboxClock.nowSeconds());
    }

    public Optional<StripeObject> anyLink(String token) {
        return store.read(tx -> findLink(tx, token));
    }

    public void markUsed(SandboxTx tx, StripeObject link) {
        StripeObject used = link.copy();
        used.put("used", true);
        tx.update(used);
    }

    public StripeObject createLoginLink(String accountId, String sandboxBaseUrl) {
        StripeObject account = accounts.get(accountId);
        if (!"express".equals(account.string("type"))) {
            throw StripeError.invalidRequest("Cannot create a login link for an account that is not an Express account. "
                    + "Standard accounts use their own Stripe Dashboard.", "account");
        }
        return StripeObject.of("created", SandboxClock.nowSeconds(), "object", "login_link",
                "url", sandboxBaseUrl + "hosted/dashboard/" + accountId);
    }

    private static Optional<StripeObject> findLink(SandboxTx tx, String token) {
        return tx.find("alink_" + token).map(SandboxTx.ScopedObject::object);
    }
}
