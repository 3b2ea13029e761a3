package com.marketplace.sandbox.payments;

import com.marketplace.sandbox.balances.Ledger;
import com.marketplace.sandbox.events.EventRecorder;
import com.marketplace.sandbox.protocol.Params;
import com.marketplace.sandbox.protocol.Shapes;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.StripeRequest;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * Transfers from the platform to connected accounts (separate charges and transfers) and their
 * reversals. A transfer with {@code source_transaction} is funded by that platform charge, up to
 * the part of it not transferred yet, whatever the platform's balance; without one, the
 * platform's available balance must cover it. Reversing a separate transfer takes the money back
 * from the connected account's available balance and is refused when it is too low; reversing a
 * destination charge's automatic transfer is not limited by the balance, as on Stripe.
 */
@ApplicationScoped
public class TransferService {

    static final String INSUFFICIENT_PLATFORM_FUNDS = "Insufficient funds in Stripe account. In test mode, you can add funds to your "
            + "available balance (bypassing your pending balance) by creating a charge with 4000 0000 0000 0077 as the card number. "
            + "You can use the the /v1/balance endpoint to view your Stripe balance (for more details, see stripe.com/docs/api#balance).";

    @Inject
    SandboxStore store;

    @Inject
    EventRecorder events;

    @Inject
    StripeRequest request;

    @Inject
    Reversals reversals;

    /** {@code POST /v1/transfers}. */
    public StripeObject create(Scope scope, Params params) {
        if (!scope.isPlatform()) {
            throw StripeError.invalidRequest("The sandbox serves transfers from the platform to its connected accounts only "
                    + "(no Stripe-Account header).", null);
        }
        long amount = params.longValue("amount").orElseThrow(() -> StripeError.missingParam("amount"));
        if (amount < 1) {
            throw StripeError.invalidRequest("This value must be greater than or equal to 1.", "amount");
        }
        String currency = params.requiredString("currency").toLowerCase(Locale.ROOT);
        String destination = params.requiredString("destination");
        String sourceTransaction = params.string("source_transaction").orElse(null);
        return store.write(tx -> {
            StripeObject account = tx.find(destination).map(SandboxTx.ScopedObject::object)
                    .filter(found -> "account".equals(found.objectType()))
                    .orElseThrow(() -> StripeError.invalidRequest("No such destination: '" + destination + "'", "destination"));
            if (!"active".equals(account.map("capabilities").string("transfers"))) {
                throw StripeError.invalidRequest("Your destination account needs to have at least one of the following "
                        + "capabilities enabled: transfers, crypto_transfers, legacy_payments", "destination");
            }
            StripeObject charge = null;
            if (sourceTransaction != null) {
                charge = fundingCharge(tx, sourceTransaction, currency, amount);
            } else if (Ledger.available(tx, Scope.PLATFORM, currency) < amount) {
                throw new StripeError(400, "invalid_request_error", "balance_insufficient", INSUFFICIENT_PLATFORM_FUNDS, null, null);
            }
            StripeObject transfer = PaymentObjects.transfer(charge, currency, destination, amount);
            transfer.put("description", params.string("description").orElse(null));
            transfer.put("metadata", params.metadata());
            transfer.put("transfer_group", params.string("transfer_group").orElse(null));
            move(tx, transfer);
            tx.insert(Scope.PLATFORM, transfer, sourceTransaction, destination);
            events.record(tx, "transfer.created", Scope.PLATFORM, transfer, null, request.eventRequest(), request.apiVersion());
            return transfer;
        });
    }

    /** The platform's and the destination's balance transactions of a new transfer; sets its {@code balance_transaction}. */
    public static void move(SandboxTx tx, StripeObject transfer) {
        String currency = transfer.string("currency");
        long amount = transfer.longValue("amount");
        StripeObject platformSide = Ledger.post(tx, Scope.PLATFORM, "transfer", "transfer", -amount, currency, transfer.id(),
                transfer.string("description"));
        Ledger.post(tx, new Scope(transfer.string("destination")), "payment", "charge", amount, currency,
                transfer.string("destination_payment"), transfer.string("description"));
        transfer.put("balance_transaction", platformSide.id());
    }

    /** {@code POST /v1/transfers/{id}}: only {@code description} and {@code metadata} change, as on Stripe. */
    public StripeObject update(Scope scope, String id, Params params) {
        return store.write(tx -> {
            StripeObject transfer = tx.get(id, scope, "transfer");
            StripeObject before = transfer.copy();
            params.string("description").ifPresent(description -> transfer.put("description", description.isEmpty() ? null : description));
            if (params.has("metadata")) {
                StripeObject metadata = transfer.map("metadata");
                params.metadata().forEach((key, value) -> {
                    if (value == null || "".equals(value)) {
                        metadata.remove(key);
                    } else {
                        metadata.put(key, value);
                    }
                });
            }
            tx.update(transfer);
            events.record(tx, "transfer.updated", Scope.PLATFORM, transfer, Shapes.previousAttributes(before, transfer),
                    request.eventRequest(), request.apiVersion());
            return transfer;
        });
    }

    /** {@code POST /v1/transfers/{id}/reversals}: {@code amount} (all that remains by default), {@code metadata}, {@code refund_application_fee}. */
    public StripeObject reverse(Scope scope, String transferId, Params params) {
        return store.write(tx -> {
            StripeObject transfer = tx.get(transferId, scope, "transfer");
            long remaining = transfer.longValue("amount") - transfer.longValue("amount_reversed");
            if (remaining == 0) {
                throw StripeError.invalidRequest("Transfer " + transferId + " has already been fully reversed.", "amount");
            }
            long amount = RefundService.amountWithin(params, remaining, "transfer");
            StripeObject charge = sourceCharge(tx, transfer);
            boolean automatic = charge != null && transferId.equals(charge.string("transfer"));
            String destination = transfer.string("destination");
            if (!automatic && Ledger.available(tx, new Scope(destination), transfer.string("currency")) < amount) {
                throw new StripeError(400, "invalid_request_error", "balance_insufficient",
                        "Insufficient funds in the destination account " + destination + " to reverse this transfer: its available "
                                + transfer.string("currency") + " balance does not cover the reversal amount (" + amount + ").",
                        "amount", null);
            }
            StripeObject reversal = reversals.reverseTransfer(tx, transfer, amount, null, params.metadata());
            if (params.bool("refund_application_fee").orElse(false) && charge != null && charge.get("application_fee") != null) {
                StripeObject fee = tx.get(charge.string("application_fee"), Scope.PLATFORM, "application_fee");
                long feeLeft = fee.longValue("amount") - fee.longValue("amount_refunded");
                long feeRefund = amount == remaining ? feeLeft
                        : Math.min(feeLeft, Math.round((double) fee.longValue("amount") * amount / transfer.longValue("amount")));
                if (feeRefund > 0) {
                    reversals.refundFee(tx, fee, feeRefund);
                }
            }
            return reversal;
        });
    }

    /** Transfers listed newest first, filtered by {@code destination} and {@code transfer_group}. */
    public List<StripeObject> list(Scope scope, String destination, String transferGroup, int limit, String startingAfter) {
        return store.read(tx -> tx.list("transfer", scope, Integer.MAX_VALUE, startingAfter).stream()
                .filter(transfer -> destination == null || destination.equals(transfer.string("destination")))
                .filter(transfer -> transferGroup == null || transferGroup.equals(transfer.string("transfer_group")))
                .limit(limit).toList());
    }

    // As on Stripe: a source_transaction is a succeeded charge of the platform in the transfer's
    // currency, and funds transfers up to its amount; what was reversed from them can be sent again.
    private static StripeObject fundingCharge(SandboxTx tx, String chargeId, String currency, long amount) {
        StripeObject charge = tx.find(chargeId).filter(found -> found.scope().isPlatform() && "charge".equals(found.object().objectType()))
                .map(SandboxTx.ScopedObject::object)
                .orElseThrow(() -> new StripeError(400, "invalid_request_error", "resource_missing",
                        "No such charge: '" + chargeId + "'", "source_transaction", null));
        if (!"succeeded".equals(charge.string("status"))) {
            throw StripeError.invalidRequest("The source_transaction " + chargeId + " has not succeeded: only a successful charge can fund a transfer.",
                    "source_transaction");
        }
        if (!currency.equals(charge.string("currency"))) {
            throw StripeError.invalidRequest("The currency of source_transaction's balance transaction (" + charge.string("currency")
                    + ") must be the same as the transfer currency (" + currency + ")", "currency");
        }
        long transferred = tx.children(chargeId, "transfer").stream()
                .mapToLong(transfer -> transfer.longValue("amount") - transfer.longValue("amount_reversed")).sum();
        long left = charge.longValue("amount") - transferred;
        if (amount > left) {
            throw new StripeError(400, "invalid_request_error", "balance_insufficient",
                    "The transfer amount (" + amount + ") exceeds the amount of the source_transaction " + chargeId
                            + " that has not been transferred yet (" + left + ").", "amount", null);
        }
        return charge;
    }

    private static StripeObject sourceCharge(SandboxTx tx, StripeObject transfer) {
        String chargeId = transfer.string("source_transaction");
        return chargeId == null ? null : tx.find(chargeId).map(SandboxTx.ScopedObject::object).orElse(null);
    }
}
