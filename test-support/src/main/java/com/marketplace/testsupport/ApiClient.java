package com.marketplace.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Plain HTTP against the running marketplace, the way any client would call it. */
public final class ApiClient {

    private final URI baseUri;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    public ApiClient(URI baseUri) {
        this.baseUri = baseUri;
    }

    public Reply get(String path) {
        return getAccepting(path, "application/json");
    }

    public Reply getAccepting(String path, String accept) {
        return send(HttpRequest.newBuilder(baseUri.resolve(path)).header("Accept", accept).GET());
    }

    /** POST with a raw body and headers, for webhooks (the body's exact bytes are what is signed). */
    public Reply post(String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path)).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path)).header("Accept", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.GET());
    }

    /** Any method with a JSON body and headers (name, value, name, value...). */
    public Reply request(String method, String path, String jsonBody, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path)).header("Accept", "application/json")
                .header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    public Reply send(String method, String path) {
        return send(HttpRequest.newBuilder(baseUri.resolve(path)).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A response: status, content type and body, with the body parsed as JSON on demand. */
    public record Reply(int status, String contentType, String body, Map<String, List<String>> headers) {

        public Reply(int status, String contentType, String body) {
            this(status, contentType, body, Map.of());
        }

        /** The header's first value, or null when the response has none. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            } catch (RuntimeException e) {
                throw new AssertionError("not a JSON object (HTTP " + status + ", " + contentType + "): " + body, e);
            }
        }

        public boolean isJson() {
            return contentType.startsWith("application/json");
        }
    }
}
