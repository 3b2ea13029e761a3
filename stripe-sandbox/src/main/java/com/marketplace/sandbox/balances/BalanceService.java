package com.marketplace.sandbox.balances;

import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/** Balances as Stripe shows them, and the test helper that sets one (a payout that emptied it, a top-up). */
@ApplicationScoped
public class BalanceService {

    /** The platform's currency when it has moved no money yet (the marketplace sells in euros). */
    static final String PLATFORM_CURRENCY = "eur";

    @Inject
    SandboxStore store;

    public StripeObject balance(Scope scope) {
        return store.read(tx -> balance(tx, scope));
    }

    /**
     * Sets a connected account's available balance in one currency to {@code available} with an
     * {@code adjustment} balance transaction of the difference, so the ledger still adds up.
     */
    public StripeObject setAvailable(String accountId, long available, String currency) {
        String code = currency.toLowerCase(Locale.ROOT);
        return store.write(tx -> {
            tx.get(accountId, Scope.PLATFORM, "account");
            Scope account = new Scope(accountId);
            long difference = Math.subtractExact(available, Ledger.available(tx, account, code));
            if (difference != 0) {
                Ledger.post(tx, account, "adjustment", "other_adjustment", difference, code, null, "Sandbox balance set to " + available);
            }
            return balance(tx, account);
        });
    }

    private static StripeObject balance(SandboxTx tx, Scope scope) {
        String defaultCurrency = PLATFORM_CURRENCY;
        if (!scope.isPlatform()) {
            StripeObject account = tx.find(scope.accountId()).map(SandboxTx.ScopedObject::object)
                    .filter(found -> "account".equals(found.objectType()))
                    .orElseThrow(() -> StripeError.noSuch("account", scope.accountId()));
            defaultCurrency = account.string("default_currency") == null ? PLATFORM_CURRENCY : account.string("default_currency");
        }
        return Balances.balance(Ledger.available(tx, scope), Ledger.pending(tx, scope), defaultCurrency, scope.isPlatform());
    }
}
