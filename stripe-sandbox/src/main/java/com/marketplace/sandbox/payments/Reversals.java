package com.marketplace.sandbox.payments;

import com.marketplace.sandbox.balances.Ledger;
import com.marketplace.sandbox.events.EventRecorder;
import com.marketplace.sandbox.protocol.Shapes;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.StripeRequest;
import com.marketplace.sandbox.protocol.Templates;
import com.marketplace.sandbox.store.Ids;
import com.marketplace.sandbox.store.SandboxClock;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Connect money going back: a transfer reversed (the connected account pays the platform back)
 * and an application fee refunded (the platform pays its fee back). Shared by refunds
 * ({@code reverse_transfer}, {@code refund_application_fee}) and the reversal endpoint; both
 * write the balance transactions on each side.
 */
@ApplicationScoped
public class Reversals {

    @Inject
    EventRecorder events;

    @Inject
    StripeRequest request;

    StripeObject reverseTransfer(SandboxTx tx, StripeObject transfer, long amount, String refundId, StripeObject metadata) {
        StripeObject reversal = Templates.of("transfer_reversal");
        String currency = transfer.string("currency");
        reversal.put("id", Ids.next("trr"));
        reversal.put("amount", amount);
        reversal.put("created", SandboxClock.nowSeconds());
        reversal.put("currency", currency);
        reversal.put("destination_payment_refund", Ids.next("pyr"));
        reversal.put("metadata", metadata == null ? new StripeObject() : metadata);
        reversal.put("source_refund", refundId);
        reversal.put("transfer", transfer.id());
        StripeObject platformSide = Ledger.post(tx, Scope.PLATFORM, "transfer_refund", "transfer_reversal", amount, currency,
                reversal.id(), "Transfer reversal of " + transfer.id());
        Ledger.post(tx, new Scope(transfer.string("destination")), "payment_refund", "refund", -amount, currency,
                reversal.string("destination_payment_refund"), "Transfer reversal of " + transfer.id());
        reversal.put("balance_transaction", platformSide.id());
        tx.insert(Scope.PLATFORM, reversal, transfer.id(), null);
        StripeObject before = transfer.copy();
        transfer.put("amount_reversed", transfer.longValue("amount_reversed") + amount);
        transfer.put("reversed", transfer.longValue("amount_reversed") == transfer.longValue("amount"));
        transfer.put("reversals", StripeObject.list("/v1/transfers/" + transfer.id() + "/reversals",
                newestFirst(tx.children(transfer.id(), "transfer_reversal")), false));
        tx.update(transfer);
        events.record(tx, "transfer.reversed", Scope.PLATFORM, transfer, Shapes.previousAttributes(before, transfer),
                request.eventRequest(), request.apiVersion());
        return reversal;
    }

    StripeObject refundFee(SandboxTx tx, StripeObject fee, long amount) {
        StripeObject feeRefund = Templates.of("fee_refund");
        String currency = fee.string("currency");
        feeRefund.put("id", Ids.next("fr"));
        feeRefund.put("amount", amount);
        feeRefund.put("created", SandboxClock.nowSeconds());
        feeRefund.put("currency", currency);
        feeRefund.put("fee", fee.id());
        feeRefund.put("metadata", new StripeObject());
        // Only a Direct charge's fee moved from the account to the platform, so only it moves back.
        // A Destination charge's fee is the part of the charge the platform did not transfer:
        // reversing the transfer is what moves that money.
        boolean direct = tx.find(fee.string("charge")).map(found -> !found.scope().isPlatform()).orElse(false);
        feeRefund.put("balance_transaction", null);
        if (direct) {
            StripeObject platformSide = Ledger.post(tx, Scope.PLATFORM, "application_fee_refund", "platform_earning_refund", -amount,
                    currency, feeRefund.id(), "Application fee refund of " + fee.id());
            Ledger.post(tx, new Scope(fee.string("account")), "application_fee_refund", "platform_earning_refund", amount,
                    currency, feeRefund.id(), "Application fee refund of " + fee.id());
            feeRefund.put("balance_transaction", platformSide.id());
        }
        tx.insert(Scope.PLATFORM, feeRefund, fee.id(), null);
        StripeObject before = fee.copy();
        fee.put("amount_refunded", fee.longValue("amount_refunded") + amount);
        fee.put("refunded", fee.longValue("amount_refunded") == fee.longValue("amount"));
        fee.put("refunds", StripeObject.list("/v1/application_fees/" + fee.id() + "/refunds",
                newestFirst(tx.children(fee.id(), "fee_refund")), false));
        tx.update(fee);
        events.record(tx, "application_fee.refunded", Scope.PLATFORM, fee, Shapes.previousAttributes(before, fee),
                request.eventRequest(), request.apiVersion());
        return feeRefund;
    }

    static List<StripeObject> newestFirst(List<StripeObject> oldestFirst) {
        List<StripeObject> reversed = new ArrayList<>(oldestFirst);
        Collections.reverse(reversed);
        return reversed;
    }
}
