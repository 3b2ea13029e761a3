package com.marketplace.testsupport;

import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.checkout.Session;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.checkout.SessionCreateParams;

/** Building blocks the sandbox tests share: accounts in a given state and checkout sessions of each charge type. */
public final class SandboxScenarios {

    private final SandboxStripe stripe;

    public SandboxScenarios(SandboxStripe stripe) {
        this.stripe = stripe;
    }

    public Account newExpressAccount(String email) throws StripeException {
        return stripe.client().accounts().create(AccountCreateParams.builder()
                .setType(AccountCreateParams.Type.EXPRESS)
                .setCountry("FR")
                .setEmail(email)
                .setCapabilities(AccountCreateParams.Capabilities.builder()
                        .setCardPayments(AccountCreateParams.Capabilities.CardPayments.builder().setRequested(true).build())
                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build())
                        .build())
                .build());
    }

    /** An account that finished onboarding (through the test helper; the hosted page has its own test). */
    public String activeAccount(String email) throws StripeException {
        String id = newExpressAccount(email).getId();
        SandboxStripe.Raw onboarded = stripe.helper("accounts/" + id + "/onboard", "outcome", "complete");
        if (onboarded.status() != 200) {
            throw new AssertionError("onboarding helper failed: " + onboarded.body());
        }
        return id;
    }

    public SessionCreateParams.Builder sessionFor(long unitAmount, String currency, long quantity) {
        return SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setSuccessUrl("http://127.0.0.1:1/checkout/success?session_id={CHECKOUT_SESSION_ID}")
                .setCancelUrl("http://127.0.0.1:1/checkout/cancel")
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(quantity)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(currency)
                                .setUnitAmount(unitAmount)
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder().setName("Mug").build())
                                .build())
                        .build());
    }

    /** A Direct charge: the session lives on the seller's account, the platform takes a fee. */
    public Session directSession(String account, long unitAmount, long fee) throws StripeException {
        return stripe.client().checkout().sessions().create(sessionFor(unitAmount, "eur", 1)
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().setApplicationFeeAmount(fee).build())
                .putMetadata("order_id", "direct-" + unitAmount)
                .build(), SandboxStripe.onAccount(account));
    }

    /** A Destination charge: the session lives on the platform and transfers to the seller. */
    public Session destinationSession(String account, long unitAmount, long fee) throws StripeException {
        return stripe.client().checkout().sessions().create(sessionFor(unitAmount, "eur", 1)
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .setApplicationFeeAmount(fee)
                        .setTransferData(SessionCreateParams.PaymentIntentData.TransferData.builder().setDestination(account).build())
                        .build())
                .putMetadata("order_id", "destination-" + unitAmount)
                .build());
    }

    /** Pays on the hosted checkout page with a card, as a buyer's browser posts the form. */
    public SandboxStripe.Raw payOnHostedPage(Session session, String cardNumber) {
        return stripe.postForm(session.getUrl() + "/pay", "method", "card", "card_number", cardNumber);
    }
}
