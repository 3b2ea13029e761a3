package com.marketplace.testsupport;

import com.stripe.StripeClient;
import com.stripe.net.RequestOptions;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Stripe sandbox of the running marketplace, reached the way the platform reaches Stripe:
 * stripe-java's {@link StripeClient} with the sandbox as API base. Raw HTTP is used only for what
 * a person or a bank does (hosted pages, test helpers) and for wire-level checks.
 */
public final class SandboxStripe {

    public static final String API_KEY = "sk_test_sandbox_integration_tests";

    private final URI base;
    private final StripeClient client;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public SandboxStripe(URI marketplaceBase) {
        this.base = URI.create(marketplaceBase + "/stripe-sandbox");
        this.client = StripeClient.builder().setApiKey(API_KEY)
                .setApiBase(base.toString()).setConnectBase(base.toString()).setFilesBase(base.toString())
                .setMaxNetworkRetries(0).build();
    }

    public StripeClient client() {
        return client;
    }

    public URI base() {
        return base;
    }

    public static RequestOptions onAccount(String accountId) {
        return RequestOptions.builder().setStripeAccount(accountId).build();
    }

    /** POSTs a form to a test helper ({@code /_sandbox/...}) and returns the JSON answer. */
    public Raw helper(String path, String... keysAndValues) {
        return post("/_sandbox/" + path, form(keysAndValues), null);
    }

    /** How many API requests the sandbox received whose path (query included) contains {@code fragment}. */
    public long requestsContaining(String fragment) {
        return requestCount("path_contains=" + URLEncoder.encode(fragment, StandardCharsets.UTF_8));
    }

    /** How many {@code method} requests the sandbox received at exactly {@code path} (query included). */
    public long requests(String method, String path) {
        return requestCount("method=" + method + "&path=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
    }

    private long requestCount(String query) {
        Raw answer = get(base + "/_sandbox/requests?" + query);
        if (answer.status() != 200) {
            throw new AssertionError("request log: HTTP " + answer.status() + " " + answer.body());
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(answer.body()))) {
            return reader.readObject().getJsonNumber("count").longValue();
        }
    }

    /** GET with the API key, for wire-level checks (raw JSON, as Stripe sends it). */
    public Raw getRaw(String path, String stripeAccount) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + API_KEY);
        if (stripeAccount != null) {
            request.header("Stripe-Account", stripeAccount);
        }
        return send(request.GET());
    }

    /** A form post to any sandbox URL (hosted pages), not following redirects. */
    public Raw postForm(String absoluteUrl, String... keysAndValues) {
        return send(HttpRequest.newBuilder(URI.create(absoluteUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(keysAndValues))));
    }

    public Raw get(String absoluteUrl) {
        return send(HttpRequest.newBuilder(URI.create(absoluteUrl)).GET());
    }

    public Raw post(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (headers != null) {
            headers.forEach(request::header);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Raw send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Raw(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String form(String... keysAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A raw answer: status, Location header (redirects) and body. */
    public record Raw(int status, String location, String body) {
    }
}
