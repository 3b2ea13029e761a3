package com.marketplace.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningMarketplace.class)
class ErrorResponsesIT {

    @Test
    void anOutOfRangeParameterIsA400NamingTheField() {
        Reply reply = RunningMarketplace.api().get("/api/products?limit=0");

        assertEquals(400, reply.status(), reply.body());
        JsonObject error = reply.json();
        assertEquals("validation_failed", error.getString("error"));
        assertEquals(List.of("limit"), fieldNames(error));
        assertTrue(error.getString("message").contains("limit"), reply.body());
    }

    @Test
    void everyBadFieldIsNamedNotJustTheFirst() {
        Reply reply = RunningMarketplace.api().get("/api/products?limit=500&offset=-1");

        assertEquals(400, reply.status(), reply.body());
        assertEquals(List.of("limit", "offset"), fieldNames(reply.json()));
    }

    @Test
    void anUnknownApiPathIsA404InJson() {
        Reply reply = RunningMarketplace.api().get("/api/no-such-thing");

        assertEquals(404, reply.status());
        assertTrue(reply.isJson(), reply.contentType());
        assertEquals("not_found", reply.json().getString("error"));
        assertTrue(reply.json().getString("message").contains("/api/no-such-thing"), reply.body());
    }

    @Test
    void aMethodTheResourceDoesNotSupportIsA405InJson() {
        Reply reply = RunningMarketplace.api().send("DELETE", "/api/products");

        assertEquals(405, reply.status());
        assertEquals("method_not_allowed", reply.json().getString("error"));
    }

    @Test
    void aBodyLargerThanTheApiAcceptsIs413AndStartsNoCheckout() throws Exception {
        long product = Shop.product(Shop.activeSeller("DIRECT"), 700, "eur", 5);
        long ordersBefore = Shop.countOrders();

        Reply reply = RunningMarketplace.api().post("/api/checkout", checkoutPaddedTo(product, 70 * 1024));

        assertEquals(413, reply.status(), reply.body());
        assertEquals("payload_too_large", reply.json().getString("error"));
        assertTrue(reply.json().getString("message").contains("65536 bytes"), reply.body());
        assertEquals(ordersBefore, Shop.countOrders(), "no order was placed");
        assertEquals(5, Shop.stock(product));
    }

    @Test
    void aChunkedBodyLargerThanTheApiAcceptsIs413Too() throws Exception {
        long product = Shop.product(Shop.activeSeller("DIRECT"), 700, "eur", 5);
        long ordersBefore = Shop.countOrders();

        HttpResponse<String> reply = postChunked("/api/checkout", checkoutPaddedTo(product, 70 * 1024));

        assertEquals(413, reply.statusCode(), reply.body());
        assertTrue(reply.body().contains("\"error\":\"payload_too_large\""), reply.body());
        assertEquals(ordersBefore, Shop.countOrders(), "no order was placed");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsServedAsUsual() throws Exception {
        long product = Shop.product(Shop.activeSeller("DIRECT"), 700, "eur", 5);

        HttpResponse<String> reply = postChunked("/api/checkout", checkoutPaddedTo(product, 60 * 1024));

        assertEquals(201, reply.statusCode(), reply.body());
        assertTrue(reply.body().contains("\"sessionId\":\"cs_"), reply.body());
    }

    // A checkout the API would start, made large by whitespace, which JSON allows anywhere between tokens.
    private static String checkoutPaddedTo(long productId, int size) {
        String checkout = "{\"productId\":" + productId + ",\"quantity\":1}";
        return " ".repeat(size - checkout.length()) + checkout;
    }

    // An InputStream body has no length known beforehand: Java's client sends it chunked.
    private static HttpResponse<String> postChunked(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(RunningMarketplace.process().baseUri().resolve(path))
                .header("Content-Type", "application/json").header("Accept", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> fieldNames(JsonObject error) {
        return error.getJsonArray("fields").stream()
                .map(field -> field.asJsonObject().getString("field"))
                .toList();
    }
}
