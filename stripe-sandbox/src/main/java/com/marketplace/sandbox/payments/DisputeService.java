package com.marketplace.sandbox.payments;

import com.marketplace.sandbox.balances.Ledger;
import com.marketplace.sandbox.events.EventRecorder;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Disputes: opened by a test helper (a buyer's bank), closed won or lost. They live where the
 * charge lives, and so does the money: opening withdraws the amount and the dispute fee from that
 * account's balance ({@code charge.dispute.funds_withdrawn}); winning reinstates the amount
 * ({@code charge.dispute.funds_reinstated}).
 */
@ApplicationScoped
public class DisputeService {

    /** How long a seller has to answer, as Stripe's card disputes typically give (evidence_details.due_by). */
    static final long EVIDENCE_WINDOW_SECONDS = 7 * 24 * 3600L;

    @Inject
    SandboxStore store;

    @Inject
    EventRecorder events;

    @Inject
    StripeRequest request;

    public StripeObject open(String chargeId, String reason) {
        return store.write(tx -> {
            SandboxTx.ScopedObject found = tx.find(chargeId).filter(scoped -> "charge".equals(scoped.object().objectType()))
                    .orElseThrow(() -> StripeError.noSuch("charge", chargeId));
            StripeObject charge = found.object();
            if (!charge.bool("paid")) {
                throw StripeError.invalidRequest("Only a paid charge can be disputed.", "charge");
            }
            StripeObject dispute = Templates.of("dispute");
            Shapes.blankFields(dispute, List.of("evidence", "evidence_details", "payment_method_details"));
            dispute.put("id", Ids.next("dp"));
            dispute.put("amount", charge.longValue("amount") - charge.longValue("amount_refunded"));
            dispute.put("balance_transactions", new ArrayList<>());
            dispute.put("charge", charge.id());
            dispute.put("created", SandboxClock.nowSeconds());
            dispute.put("currency", charge.string("currency"));
            dispute.put("enhanced_eligibility_types", new ArrayList<>());
            StripeObject evidenceDetails = dispute.map("evidence_details");
            evidenceDetails.put("due_by", SandboxClock.nowSeconds() + EVIDENCE_WINDOW_SECONDS);
            evidenceDetails.put("has_evidence", false);
            evidenceDetails.put("past_due", false);
            evidenceDetails.put("submission_count", 0L);
            dispute.put("is_charge_refundable", false);
            dispute.put("livemode", false);
            dispute.put("metadata", new StripeObject());
            dispute.put("payment_intent", charge.string("payment_intent"));
            dispute.put("reason", reason == null ? "fraudulent" : reason);
            dispute.put("status", "needs_response");
            // The bank takes the disputed amount and Stripe its dispute fee from the balance of the
            // account the charge lives on: the platform's for Destination and separate charges.
            StripeObject withdrawal = Ledger.post(tx, found.scope(), "adjustment", "dispute", -dispute.longValue("amount"),
                    Ledger.DISPUTE_FEE, Ledger.FeeType.DISPUTE_FEE, charge.string("currency"), dispute.id(),
                    "Chargeback withdrawal for " + charge.id());
            dispute.put("balance_transactions", new ArrayList<>(List.of(withdrawal)));
            tx.insert(found.scope(), dispute, charge.id(), null);
            charge.put("disputed", true);
            tx.update(charge);
            events.record(tx, "charge.dispute.created", found.scope(), dispute, null, request.eventRequest(), request.apiVersion());
            events.record(tx, "charge.dispute.funds_withdrawn", found.scope(), dispute, null, request.eventRequest(), request.apiVersion());
            return dispute;
        });
    }

    /** Closes a dispute: {@code won} or {@code lost} (the API's "close" means accepting the loss). */
    public StripeObject close(Scope scope, String disputeId, String status) {
        if (!List.of("won", "lost").contains(status)) {
            throw StripeError.invalidRequest("status must be won or lost", "status");
        }
        return store.write(tx -> {
            // A test helper (scope null) may close any dispute; the API only one in the caller's scope.
            SandboxTx.ScopedObject found = tx.find(disputeId)
                    .filter(candidate -> "dispute".equals(candidate.object().objectType()))
                    .filter(candidate -> scope == null || candidate.scope().equals(scope))
                    .orElseThrow(() -> StripeError.noSuch("dispute", disputeId));
            StripeObject dispute = found.object();
            Scope disputeScope = found.scope();
            if (List.of("won", "lost").contains(dispute.string("status"))) {
                throw StripeError.invalidRequest("This dispute is already closed.", null);
            }
            StripeObject before = dispute.copy();
            dispute.put("status", status);
            boolean won = "won".equals(status);
            if (won) {
                // A won dispute gives the disputed amount back; the dispute fee is not returned.
                StripeObject reinstatement = Ledger.post(tx, disputeScope, "adjustment", "dispute_reversal", dispute.longValue("amount"),
                        dispute.string("currency"), dispute.id(), "Chargeback reversal for " + dispute.string("charge"));
                List<Object> transactions = new ArrayList<>(dispute.list("balance_transactions"));
                transactions.add(reinstatement);
                dispute.put("balance_transactions", transactions);
            }
            tx.update(dispute);
            events.record(tx, "charge.dispute.closed", disputeScope, dispute, Shapes.previousAttributes(before, dispute),
                    request.eventRequest(), request.apiVersion());
            if (won) {
                events.record(tx, "charge.dispute.funds_reinstated", disputeScope, dispute, null,
                        request.eventRequest(), request.apiVersion());
            }
            return dispute;
        });
    }
}
