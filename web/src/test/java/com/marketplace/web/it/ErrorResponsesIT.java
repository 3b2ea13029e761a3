package com.marketplace.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.it.support.ApiClient.Reply;
import com.marketplace.web.it.support.RunningMarketplace;
import jakarta.json.JsonObject;
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

    private static List<String> fieldNames(JsonObject error) {
        return error.getJsonArray("fields").stream()
                .map(field -> field.asJsonObject().getString("field"))
                .toList();
    }
}
