package com.marketplace.sandbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sandbox.it.support.RunningSandbox;
import com.marketplace.testsupport.SandboxScenarios;
import com.marketplace.testsupport.SandboxStripe;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.checkout.Session;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.WebhookEndpointCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The URLs the sandbox sends browsers to or posts events to are http(s) only, refused at creation
 * as Stripe refuses them ({@code url_invalid}): a {@code javascript:} cancel URL would otherwise be
 * rendered as a link on the hosted checkout page.
 */
@ExtendWith(RunningSandbox.class)
class SandboxUrlsIT {

    private final SandboxStripe stripe = RunningSandbox.stripe();
    private final SandboxScenarios scenarios = new SandboxScenarios(stripe);

    @Test
    void aJavascriptCancelUrlIsRefusedAtCreationWithStripesUrlInvalidError() {
        SessionCreateParams params = scenarios.sessionFor(1500, "eur", 1).setCancelUrl("javascript:alert(document.cookie)").build();

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> stripe.client().checkout().sessions().create(params));

        assertEquals(400, refused.getStatusCode());
        assertEquals("url_invalid", refused.getCode());
        assertEquals("cancel_url", refused.getParam());
        assertEquals("invalid_request_error", refused.getStripeError().getType());
    }

    @Test
    void aSuccessUrlThatIsNotHttpIsRefusedToo() {
        SessionCreateParams params = scenarios.sessionFor(1500, "eur", 1).setSuccessUrl("data:text/html,<script>alert(1)</script>").build();

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> stripe.client().checkout().sessions().create(params));

        assertEquals("success_url", refused.getParam());
    }

    @Test
    void theHostedCheckoutPageLinksAnHttpCancelUrl() throws Exception {
        Session session = stripe.client().checkout().sessions().create(scenarios.sessionFor(1500, "eur", 1).build());

        SandboxStripe.Raw page = stripe.get(session.getUrl());

        assertEquals(200, page.status());
        assertTrue(page.body().contains("<a id=\"cancel\" href=\"http://127.0.0.1:1/checkout/cancel\">"), page.body());
    }

    @Test
    void anAccountLinkWithAJavascriptRefreshUrlIsRefused() throws Exception {
        String account = scenarios.newExpressAccount("urls@seller.test").getId();
        AccountLinkCreateParams params = AccountLinkCreateParams.builder().setAccount(account)
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .setRefreshUrl("javascript:alert(1)").setReturnUrl("http://127.0.0.1:1/return").build();

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> stripe.client().accountLinks().create(params));

        assertEquals("url_invalid", refused.getCode());
        assertEquals("refresh_url", refused.getParam());
    }

    @Test
    void aWebhookEndpointMustBeAnHttpUrl() {
        WebhookEndpointCreateParams params = WebhookEndpointCreateParams.builder().setUrl("gopher://127.0.0.1:3306/")
                .addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.ACCOUNT__UPDATED).build();

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> stripe.client().webhookEndpoints().create(params));

        assertEquals("url_invalid", refused.getCode());
        assertEquals("url", refused.getParam());
    }
}
