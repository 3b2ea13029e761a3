package com.marketplace.sandbox.checkout;

import java.util.Optional;
import com.marketplace.sandbox.events.EventRecorder;
import com.marketplace.sandbox.payments.PaymentMethod;
import com.marketplace.sandbox.payments.PaymentObjects;
import com.marketplace.sandbox.payments.TransferService;
import com.marketplace.sandbox.balances.Ledger;
import com.marketplace.sandbox.protocol.Shapes;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.StripeRequest;
import com.marketplace.sandbox.store.Ids;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What happens when a buyer pays a Checkout Session, with Stripe's money semantics:
 * <ul>
 *   <li>a card that succeeds creates the payment intent and its charge; the application fee goes
 *       to the platform; a destination charge transfers amount minus fee to the seller;</li>
 *   <li>a declined card fails the intent and the charge, and the session stays open for another try;</li>
 *   <li>a bank debit completes the session {@code unpaid}; {@link #settle} later succeeds or fails it;</li>
 *   <li>a session whose total is 0 (100% off) completes paid with no intent, charge, fee or transfer.</li>
 * </ul>
 * Objects of a Direct charge live on the connected account; its fee lives on the platform.
 */
@ApplicationScoped
public class PaymentProcessor {

    @Inject
    SandboxStore store;

    @Inject
    EventRecorder events;

    @Inject
    StripeRequest request;

    @Inject
    Discounts discounts;

    @Inject
    SubscriptionPayments subscriptions;

    /** What Checkout calls the buyer when they type no address (Stripe's page always asks for one). */
    public static final String DEFAULT_CUSTOMER_EMAIL = "buyer@example.com";

    /**
     * Pays an open session; {@code authenticated} answers the 3-D Secure step of cards that ask for
     * one; {@code email} is what the buyer typed (else the session's {@code customer_email}, else
     * {@link #DEFAULT_CUSTOMER_EMAIL}), reported as {@code customer_details.email} as Checkout does.
     */
    public PaymentResult pay(Scope scope, String sessionId, PaymentMethod method, boolean authenticated, Optional<String> email) {
        return store.write(tx -> {
            StripeObject session = tx.get(sessionId, scope, CheckoutSessionService.OBJECT);
            if (!"open".equals(session.string("status"))) {
                throw StripeError.invalidRequest("This Checkout Session is " + session.string("status") + " and cannot be paid.", null);
            }
            if ("subscription".equals(session.string("mode"))) {
                return subscriptions.pay(tx, scope, session, method, authenticated);
            }
            StripeObject before = session.copy();
            session.put("customer_details", customerDetails(email.filter(typed -> !typed.isBlank())
                    .or(() -> Optional.ofNullable(session.string("customer_email"))).orElse(DEFAULT_CUSTOMER_EMAIL)));
            if (session.longValue("amount_total") == 0) {
                completeSession(tx, scope, session, before, "paid", null);
                return new PaymentResult(PaymentResult.Outcome.PAID, session, null);
            }
            StripeObject intentData = session.map("sandbox_payment_intent_data");
            String destination = intentData.string("destination");
            StripeObject intent = PaymentObjects.paymentIntent(session.longValue("amount_total"), session.string("currency"),
                    intentData.optionalLong("application_fee_amount"), destination, intentData.string("on_behalf_of"),
                    intentData.map("metadata").copy(), intentData.string("description"), Ids.next("pm"), intentData.string("transfer_group"));
            StripeObject charge = PaymentObjects.charge(intent, method);
            intent.put("latest_charge", charge.id());
            session.put("payment_intent", intent.id());

            boolean declined = method.declinesCharges()
                    || (method.behaviour() == PaymentMethod.Behaviour.AUTHENTICATE && !authenticated);
            if (declined) {
                String code = method.behaviour() == PaymentMethod.Behaviour.AUTHENTICATE ? "payment_intent_authentication_failure" : "card_declined";
                String message = method.behaviour() == PaymentMethod.Behaviour.AUTHENTICATE
                        ? "We are unable to authenticate your payment method. Please choose a different payment method and try again."
                        : method.declineMessage();
                fail(intent, charge, code, method.declineCode(), message);
                tx.insert(scope, intent, session.id(), null);
                tx.insert(scope, charge, intent.id(), null);
                tx.update(session);
                record(tx, "payment_intent.payment_failed", scope, intent, null);
                record(tx, "charge.failed", scope, charge, null);
                return new PaymentResult(code.equals("card_declined") ? PaymentResult.Outcome.DECLINED : PaymentResult.Outcome.AUTHENTICATION_FAILED, session, message);
            }
            if (method.behaviour() == PaymentMethod.Behaviour.DELAYED) {
                intent.put("status", "processing");
                intent.put("payment_method_types", new java.util.ArrayList<>(java.util.List.of("sepa_debit")));
                tx.insert(scope, intent, session.id(), null);
                tx.insert(scope, charge, intent.id(), null);
                record(tx, "payment_intent.processing", scope, intent, null);
                record(tx, "charge.pending", scope, charge, null);
                completeSession(tx, scope, session, before, "unpaid", null);
                return new PaymentResult(PaymentResult.Outcome.PROCESSING, session, null);
            }
            tx.insert(scope, intent, session.id(), null);
            tx.insert(scope, charge, intent.id(), null);
            succeed(tx, scope, intent, charge);
            completeSession(tx, scope, session, before, "paid", null);
            return new PaymentResult(PaymentResult.Outcome.PAID, session, null);
        });
    }

    /** Settles a delayed (bank debit) payment: the async outcome Stripe reports days later. */
    public StripeObject settle(Scope scope, String paymentIntentId, boolean succeeded) {
        return store.write(tx -> {
            StripeObject intent = tx.get(paymentIntentId, scope, "payment_intent");
            if (!"processing".equals(intent.string("status"))) {
                throw StripeError.invalidRequest("Only a processing payment can be settled; this one is " + intent.string("status") + ".", null);
            }
            StripeObject charge = tx.get(intent.string("latest_charge"), scope, "charge");
            StripeObject session = findSession(tx, scope, intent);
            StripeObject before = session.copy();
            if (succeeded) {
                succeed(tx, scope, intent, charge);
                session.put("payment_status", "paid");
                tx.update(session);
                record(tx, "checkout.session.async_payment_succeeded", scope, session, Shapes.previousAttributes(before, session));
            } else {
                fail(intent, charge, "payment_method_provider_decline", null, "The bank debit was not honoured.");
                tx.update(intent);
                tx.update(charge);
                record(tx, "payment_intent.payment_failed", scope, intent, null);
                record(tx, "charge.failed", scope, charge, null);
                record(tx, "checkout.session.async_payment_failed", scope, session, null);
            }
            return intent;
        });
    }

    private StripeObject findSession(SandboxTx tx, Scope scope, StripeObject intent) {
        // The intent's parent is its session (stored with parent_id = session id).
        return tx.query("SELECT parent_id FROM sandbox_objects WHERE id = ?", java.util.List.of(intent.id()), rs -> rs.getString(1))
                .stream().findFirst().map(sessionId -> tx.get(sessionId, scope, CheckoutSessionService.OBJECT))
                .orElseThrow(() -> StripeError.noSuch("checkout.session", "for " + intent.id()));
    }

    /**
     * A stored intent and charge succeed: the fee goes to the platform, a destination charge
     * transfers amount minus fee; used by Checkout and by invoice payments alike.
     */
    public void succeed(SandboxTx tx, Scope scope, StripeObject intent, StripeObject charge) {
        StripeObject intentBefore = intent.copy();
        long amount = intent.longValue("amount");
        intent.put("status", "succeeded");
        intent.put("amount_received", amount);
        charge.put("status", "succeeded");
        charge.put("paid", true);
        charge.put("captured", true);
        charge.put("amount_captured", amount);
        charge.put("outcome", StripeObject.of("network_status", "approved_by_network", "reason", null, "risk_level", "normal",
                "seller_message", "Payment complete.", "type", "authorized"));
        Long fee = intent.optionalLong("application_fee_amount");
        String destination = intent.get("transfer_data") == null ? null : intent.map("transfer_data").string("destination");
        String currency = charge.string("currency");
        StripeObject feeObject = null;
        long applicationFee = fee == null ? 0 : fee;
        if (applicationFee > 0) {
            String feeAccount = destination != null ? destination : scope.accountId();
            feeObject = PaymentObjects.applicationFee(charge, feeAccount, applicationFee);
            charge.put("application_fee", feeObject.id());
        }
        // The charge's balance transaction is on the account it lives on; a Direct charge's carries the application fee.
        boolean direct = !scope.isPlatform();
        StripeObject chargeTransaction = Ledger.post(tx, scope, "charge", "charge", amount, direct ? applicationFee : 0L,
                direct ? Ledger.FeeType.APPLICATION_FEE : null, currency, charge.id(), charge.string("description"));
        charge.put("balance_transaction", chargeTransaction.id());
        StripeObject transfer = null;
        if (destination != null) {
            transfer = PaymentObjects.transfer(charge, currency, destination, amount - applicationFee);
            charge.put("transfer", transfer.id());
        }
        tx.update(intent);
        tx.update(charge);
        record(tx, "payment_intent.succeeded", scope, intent, Shapes.previousAttributes(intentBefore, intent));
        record(tx, "charge.succeeded", scope, charge, null);
        if (feeObject != null) {
            // A Destination charge's fee is what the platform keeps of the charge (it transfers the rest):
            // only a Direct charge's fee moves from the account to the platform.
            if (direct) {
                StripeObject feeTransaction = Ledger.post(tx, Scope.PLATFORM, "application_fee", "platform_earning", applicationFee,
                        currency, feeObject.id(), "Application fee of " + charge.id());
                feeObject.put("balance_transaction", feeTransaction.id());
            }
            tx.insert(Scope.PLATFORM, feeObject, charge.id(), null);
            record(tx, "application_fee.created", Scope.PLATFORM, feeObject, null);
        }
        if (transfer != null) {
            TransferService.move(tx, transfer);
            tx.insert(Scope.PLATFORM, transfer, charge.id(), destination);
            record(tx, "transfer.created", Scope.PLATFORM, transfer, null);
        }
    }

    public static void fail(StripeObject intent, StripeObject charge, String code, String declineCode, String message) {
        intent.put("status", "requires_payment_method");
        intent.put("last_payment_error", StripeObject.of("charge", charge.id(), "code", code, "decline_code", declineCode,
                "message", message, "type", "card_error"));
        charge.put("status", "failed");
        charge.put("paid", false);
        charge.put("failure_code", code);
        charge.put("failure_message", message);
        charge.put("outcome", StripeObject.of("network_status", "declined_by_network", "reason", declineCode,
                "risk_level", "normal", "seller_message", "The bank did not return any further details with this decline.",
                "type", "issuer_declined"));
    }

    private static StripeObject customerDetails(String email) {
        StripeObject address = StripeObject.of("city", null, "country", null, "line1", null, "line2", null, "postal_code", null,
                "state", null);
        return StripeObject.of("address", address, "email", email.trim(), "name", null, "phone", null, "tax_exempt", "none",
                "tax_ids", new java.util.ArrayList<>());
    }

    private void completeSession(SandboxTx tx, Scope scope, StripeObject session, StripeObject before, String paymentStatus,
                                 StripeObject previous) {
        session.put("status", "complete");
        session.put("payment_status", paymentStatus);
        tx.update(session, "complete");
        for (Object discount : session.list("discounts")) {
            String promotionCode = ((java.util.Map<?, ?>) discount).get("promotion_code") instanceof String id ? id : null;
            if (promotionCode != null) {
                discounts.redeem(tx, promotionCode);
            }
        }
        record(tx, "checkout.session.completed", scope, session, previous);
    }

    private void record(SandboxTx tx, String type, Scope scope, StripeObject object, StripeObject previous) {
        events.record(tx, type, scope, object, previous, request.eventRequest(), request.apiVersion());
    }
}
