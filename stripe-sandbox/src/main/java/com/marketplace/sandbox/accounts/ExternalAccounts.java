package com.marketplace.sandbox.accounts;

import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.Templates;
import com.marketplace.sandbox.store.Ids;
import com.marketplace.sandbox.store.SandboxTx;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A connected account's bank account, where its payouts go. Stripe shows only {@code last4}; the
 * sandbox keeps the full number aside because Stripe's test numbers decide what a payout does.
 */
public final class ExternalAccounts {

    /** Stripe's test account number whose payouts succeed. */
    public static final String PAYS = "000123456789";
    private static final String NUMBER_SETTING = "bank_account_number.";

    private ExternalAccounts() {
    }

    static StripeObject bankAccount(StripeObject account, String number, String routingNumber) {
        StripeObject bank = Templates.of("bank_account");
        bank.put("id", Ids.next("ba"));
        bank.put("account", account.id());
        bank.put("account_holder_name", account.map("business_profile") == null ? null : account.map("business_profile").string("name"));
        bank.put("account_holder_type", "individual");
        bank.put("country", account.string("country"));
        bank.put("currency", account.string("default_currency"));
        bank.put("default_for_currency", true);
        bank.put("fingerprint", Ids.random(16));
        bank.put("last4", number.substring(number.length() - 4));
        bank.put("routing_number", routingNumber);
        bank.put("status", "new");
        return bank;
    }

    static void remember(SandboxTx tx, String bankId, String number) {
        tx.putSetting(NUMBER_SETTING + bankId, number);
    }

    /** The account's only external account becomes this one. */
    static void attach(StripeObject account, StripeObject bank) {
        StripeObject list = account.map("external_accounts");
        list.put("data", new ArrayList<>(List.of(bank)));
        list.put("total_count", 1L);
    }

    /** The account's bank account, if it has one. */
    @SuppressWarnings("unchecked")
    public static Optional<StripeObject> of(StripeObject account) {
        StripeObject list = account.map("external_accounts");
        if (list == null || list.list("data") == null || list.list("data").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StripeObject((java.util.Map<String, ?>) list.list("data").get(0)));
    }

    /** The full number behind a bank account the sandbox created. */
    public static String number(SandboxTx tx, String bankId) {
        return tx.setting(NUMBER_SETTING + bankId).orElse(PAYS);
    }
}
