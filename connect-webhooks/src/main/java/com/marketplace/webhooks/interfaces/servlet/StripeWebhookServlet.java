package com.marketplace.webhooks.interfaces.servlet;

import com.marketplace.platform.stripe.events.WebhookEndpoint;
import com.marketplace.webhooks.application.WebhookIngestion;
import com.marketplace.webhooks.domain.InboxUnavailable;
import com.marketplace.webhooks.domain.StoreOutcome;
import com.marketplace.webhooks.domain.WebhookRejected;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stripe's two webhook endpoints. A servlet, not a JAX-RS resource, so no JSON provider ever
 * touches the body: the signature is checked on the exact bytes Stripe signed. Answers: 200 stored
 * (or already stored), 401 unverifiable (nothing stored), 400 signed but not an event, 413 too
 * large, 503 when the inbox cannot be written (Stripe retries; nothing is lost). Nothing else is a 5xx.
 */
// Mapped in META-INF/web-fragment.xml to /webhooks/stripe and /webhooks/stripe/connect.
public class StripeWebhookServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StripeWebhookServlet.class.getName());
    /** Stripe's events are a few kilobytes; a megabyte leaves room and bounds what a stranger can send. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    @Inject
    transient WebhookIngestion ingestion;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WebhookEndpoint endpoint = request.getServletPath().endsWith("/connect") ? WebhookEndpoint.CONNECT : WebhookEndpoint.PLATFORM;
        byte[] body = readBounded(request.getInputStream());
        if (body == null) {
            answer(response, 413, "{\"error\":\"payload_too_large\",\"message\":\"Webhook bodies are limited to 1 MB\"}");
            return;
        }
        try {
            StoreOutcome outcome = ingestion.accept(endpoint, new String(body, StandardCharsets.UTF_8), request.getHeader("Stripe-Signature"));
            answer(response, 200, "{\"received\":true,\"duplicate\":" + (outcome == StoreOutcome.DUPLICATE) + "}");
        } catch (WebhookRejected rejected) {
            boolean signature = rejected.reason() == WebhookRejected.Reason.SIGNATURE;
            answer(response, signature ? 401 : 400, "{\"error\":\"" + (signature ? "signature_invalid" : "malformed_event")
                    + "\",\"message\":" + jsonString(rejected.getMessage()) + "}");
        } catch (InboxUnavailable unavailable) {
            LOG.log(Level.WARNING, "webhook not stored, Stripe will retry: {0}", unavailable.getMessage());
            answer(response, 503, "{\"error\":\"service_unavailable\",\"message\":\"The event could not be stored; retry later\"}");
        } catch (RuntimeException unexpected) {
            // Whatever failed, the event is not stored: 503 makes Stripe retry rather than drop it.
            LOG.log(Level.SEVERE, "webhook not stored, Stripe will retry", unexpected);
            answer(response, 503, "{\"error\":\"service_unavailable\",\"message\":\"The event could not be stored; retry later\"}");
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        answer(response, 405, "{\"error\":\"method_not_allowed\",\"message\":\"Stripe webhooks are POSTed\"}");
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static void answer(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }

    private static String jsonString(String text) {
        return "\"" + (text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ")) + "\"";
    }
}
