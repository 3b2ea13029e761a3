package com.marketplace.sandbox.it.support;

import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.WebhookEndpoint;
import com.stripe.net.Webhook;
import com.stripe.param.WebhookEndpointCreateParams;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A test's own webhook endpoints (platform and Connect), registered with the sandbox through
 * stripe-java like a platform would in the Dashboard. Every delivery is verified with
 * stripe-java's {@link Webhook#constructEvent} against the endpoint's secret: an unsigned or
 * wrongly signed delivery is recorded as rejected, never as an event.
 */
public final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> rejected = new CopyOnWriteArrayList<>();
    private final StripeClient client;
    private String platformEndpointId;
    private String connectEndpointId;
    private String platformSecret;
    private String connectSecret;

    private WebhookReceiver(StripeClient client) throws IOException {
        this.client = client;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/platform", exchange -> accept(exchange, "platform"));
        server.createContext("/connect", exchange -> accept(exchange, "connect"));
        server.start();
    }

    public static WebhookReceiver register(StripeClient client) throws IOException, StripeException {
        WebhookReceiver receiver = new WebhookReceiver(client);
        String base = "http://127.0.0.1:" + receiver.server.getAddress().getPort();
        WebhookEndpoint platform = client.webhookEndpoints().create(WebhookEndpointCreateParams.builder()
                .setUrl(base + "/platform").addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.ALL).build());
        WebhookEndpoint connect = client.webhookEndpoints().create(WebhookEndpointCreateParams.builder()
                .setUrl(base + "/connect").addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.ALL).setConnect(true).build());
        receiver.platformEndpointId = platform.getId();
        receiver.connectEndpointId = connect.getId();
        receiver.platformSecret = platform.getSecret();
        receiver.connectSecret = connect.getSecret();
        return receiver;
    }

    private void accept(com.sun.net.httpserver.HttpExchange exchange, String endpoint) throws IOException {
        String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String signature = exchange.getRequestHeaders().getFirst("Stripe-Signature");
        int status;
        try {
            Event event = Webhook.constructEvent(payload, signature, "connect".equals(endpoint) ? connectSecret : platformSecret);
            received.add(new Received(endpoint, event, payload));
            status = 200;
        } catch (SignatureVerificationException | RuntimeException e) {
            rejected.add(endpoint + ": " + e.getMessage());
            status = 400;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** Waits until an event matching the condition has arrived (at most 20 s) and returns it. */
    public Received await(String endpoint, String type, Predicate<Received> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (Received event : received) {
                if (event.endpoint().equals(endpoint) && event.event().getType().equals(type) && condition.test(event)) {
                    return event;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + type + " at the " + endpoint + " endpoint within 20 s; received: " + summary()
                + "; rejected: " + rejected);
    }

    public String connectEndpointId() {
        return connectEndpointId;
    }

    /** This receiver's own address, to aim sandbox faults at it. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> all() {
        return List.copyOf(received);
    }

    public List<String> rejected() {
        return List.copyOf(rejected);
    }

    public String summary() {
        return received.stream().map(r -> r.endpoint() + ":" + r.event().getType() + ":" + r.event().getId()).toList().toString();
    }

    @Override
    public void close() throws StripeException {
        server.stop(0);
        client.webhookEndpoints().delete(platformEndpointId);
        client.webhookEndpoints().delete(connectEndpointId);
    }

    /** One verified delivery: which endpoint it reached, the event, and the exact bytes signed. */
    public record Received(String endpoint, Event event, String payload) {
    }
}
