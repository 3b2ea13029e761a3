package com.marketplace.sandbox.payments;

import com.marketplace.sandbox.balances.Ledger;
import com.marketplace.sandbox.events.EventRecorder;
import com.marketplace.sandbox.protocol.Params;
import com.marketplace.sandbox.protocol.Shapes;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.StripeRequest;
import com.marketplace.sandbox.protocol.Templates;
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
 * Refunds, with the Connect money that goes back with them: {@code refund_application_fee}
 * returns the proportional part of the platform's fee, {@code reverse_transfer} (destination
 * charges only) pulls the proportional part of the transfer back from the seller. The last
 * refund of a charge returns exactly what remains, so rounding never leaves a cent behind.
 */
@ApplicationScoped
public class RefundService {

    @Inject
    SandboxStore store;

    @Inject
    EventRecorder events;

    @Inject
    StripeRequest request;

    @Inject
    Reversals reversals;

    public StripeObject create(Scope scope, Params params) {
        return store.write(tx -> {
            StripeObject charge = chargeToRefund(tx, scope, params);
            if (!charge.bool("paid")) {
                throw StripeError.invalidRequest("Charge " + charge.id() + " has not been paid and cannot be refunded.", "charge");
            }
            if (isChargedBack(tx, charge)) {
                throw new StripeError(400, "invalid_request_error", "charge_disputed",
                        "Charge " + charge.id() + " has been charged back; it cannot be refunded while its dispute is open or after it was lost.",
                        null, null);
            }
            long remaining = charge.longValue("amount") - charge.longValue("amount_refunded");
            long amount = amountWithin(params, remaining, "charge");
            boolean reverseTransfer = params.bool("reverse_transfer").orElse(false);
            boolean refundFee = params.bool("refund_application_fee").orElse(false);
            if (reverseTransfer && charge.get("transfer_data") == null) {
                throw StripeError.invalidRequest("The charge " + charge.id() + " has no transfer to reverse (reverse_transfer is for destination charges).",
                        "reverse_transfer");
            }
            StripeObject chargeBefore = charge.copy();
            boolean finalRefund = amount == remaining;
            StripeObject refund = newRefund(charge, amount, params);

            if (reverseTransfer) {
                StripeObject transfer = tx.get(charge.string("transfer"), Scope.PLATFORM, "transfer");
                long reversal = finalRefund ? transfer.longValue("amount") - transfer.longValue("amount_reversed")
                        : Math.round((double) transfer.longValue("amount") * amount / charge.longValue("amount"));
                StripeObject transferReversal = reversals.reverseTransfer(tx, transfer, reversal, refund.id(), null);
                refund.put("transfer_reversal", transferReversal.id());
            }
            if (refundFee && charge.get("application_fee") != null) {
                StripeObject fee = tx.get(charge.string("application_fee"), Scope.PLATFORM, "application_fee");
                long feeRefund = finalRefund ? fee.longValue("amount") - fee.longValue("amount_refunded")
                        : Math.round((double) fee.longValue("amount") * amount / charge.longValue("amount"));
                reversals.refundFee(tx, fee, feeRefund);
            }
            StripeObject refundTransaction = Ledger.post(tx, scope, "refund", "refund", -amount, charge.string("currency"), refund.id(),
                    "Refund of " + charge.id());
            refund.put("balance_transaction", refundTransaction.id());
            charge.put("amount_refunded", charge.longValue("amount_refunded") + amount);
            charge.put("refunded", charge.longValue("amount_refunded") == charge.longValue("amount"));
            tx.insert(scope, refund, charge.id(), null);
            List<StripeObject> refunds = tx.children(charge.id(), "refund");
            charge.put("refunds", StripeObject.list("/v1/charges/" + charge.id() + "/refunds", Reversals.newestFirst(refunds), false));
            tx.update(charge);
            events.record(tx, "charge.refunded", scope, charge, Shapes.previousAttributes(chargeBefore, charge),
                    request.eventRequest(), request.apiVersion());
            events.record(tx, "refund.created", scope, refund, null, request.eventRequest(), request.apiVersion());
            return refund;
        });
    }

    // As on Stripe: a chargeback already gave the buyer the money back, so the charge is not refundable
    // while the dispute is open, nor after it was lost; an inquiry (warning_*) or a won dispute does not block refunds.
    private static boolean isChargedBack(SandboxTx tx, StripeObject charge) {
        return tx.children(charge.id(), "dispute").stream()
                .anyMatch(dispute -> List.of("needs_response", "under_review", "lost").contains(dispute.string("status")));
    }

    /** {@code POST /v1/application_fees/{id}/refunds}: the platform gives back (part of) its fee. */
    public StripeObject refundApplicationFee(String feeId, Params params) {
        return store.write(tx -> {
            StripeObject fee = tx.get(feeId, Scope.PLATFORM, "application_fee");
            long amount = amountWithin(params, fee.longValue("amount") - fee.longValue("amount_refunded"), "fee");
            return reversals.refundFee(tx, fee, amount);
        });
    }

    /** The {@code amount} asked for (all that remains by default), refused unless {@code 0 < amount <= remaining}. */
    static long amountWithin(Params params, long remaining, String of) {
        long amount = params.longValue("amount").orElse(remaining);
        if (amount <= 0) {
            throw StripeError.invalidRequest("The amount must be positive.", "amount");
        }
        if (amount > remaining) {
            throw StripeError.invalidRequest("The amount (" + amount + ") is greater than what remains on the " + of + " (" + remaining + ")", "amount");
        }
        return amount;
    }

    private StripeObject chargeToRefund(SandboxTx tx, Scope scope, Params params) {
        Optional<String> chargeId = params.string("charge");
        if (chargeId.isPresent()) {
            return tx.get(chargeId.get(), scope, "charge");
        }
        String intentId = params.string("payment_intent").orElseThrow(() -> StripeError.missingParam("charge"));
        StripeObject intent = tx.get(intentId, scope, "payment_intent");
        if (intent.get("latest_charge") == null) {
            throw StripeError.invalidRequest("This PaymentIntent does not have a successful charge to refund.", "payment_intent");
        }
        return tx.get(intent.string("latest_charge"), scope, "charge");
    }

    private static StripeObject newRefund(StripeObject charge, long amount, Params params) {
        StripeObject refund = Templates.of("refund");
        Shapes.blankFields(refund, List.of("destination_details"));
        refund.put("id", Ids.next("re"));
        refund.put("amount", amount);
        refund.put("balance_transaction", null);
        refund.put("charge", charge.id());
        refund.put("created", SandboxClock.nowSeconds());
        refund.put("currency", charge.string("currency"));
        refund.put("customer", null);
        refund.put("customer_account", null);
        refund.put("destination_details", null);
        refund.put("metadata", params.metadata());
        refund.put("payment_intent", charge.string("payment_intent"));
        refund.put("payment_method", charge.string("payment_method"));
        refund.put("reason", params.string("reason").orElse(null));
        refund.put("receipt_number", null);
        refund.put("source_transfer_reversal", null);
        refund.put("status", "succeeded");
        refund.put("transfer_reversal", null);
        return refund;
    }
}
