package com.marketplace.platform.notifications.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** A message's data as the JSON text of the {@code data} column: a flat object of strings. */
final class NotificationData {

    private NotificationData() {
    }

    static String toJson(Map<String, String> data) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        data.forEach(object::add);
        return object.build().toString();
    }

    static Map<String, String> fromJson(String json) {
        Map<String, String> data = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((key, value) -> data.put(key, value instanceof JsonString text ? text.getString() : value.toString()));
        }
        return data;
    }
}
