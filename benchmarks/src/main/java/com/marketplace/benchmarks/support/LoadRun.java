package com.marketplace.benchmarks.support;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of the peer's load generator ({@code ../shared/peer/load.js}) measured, read from
 * the one JSON line it prints: {@code {"url":..,"mode":"closed 32","sent":..,"seconds":..,
 * "acks_per_s":..,"p50_ms":..,"p99_ms":..,"max_ms":..,"codes":{"200":..}}}. Its acks per second
 * count every answer, whatever its status, so the 2xx share is kept beside it.
 */
public record LoadRun(String mode, long sent, double seconds, double acksPerSecond, double p50Millis, double p99Millis,
                      double maxMillis, Map<String, Long> statusCounts) {

    /** The generator's result line among everything it printed (npm or node warnings may come first). */
    public static LoadRun parse(List<String> output) {
        for (int i = output.size() - 1; i >= 0; i--) {
            String line = output.get(i).strip();
            if (line.startsWith("{") && line.contains("\"acks_per_s\"")) {
                return parse(line);
            }
        }
        throw new IllegalArgumentException("the load generator printed no result line: " + String.join("\n", output));
    }

    public static LoadRun parse(String line) {
        JsonObject result;
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            result = reader.readObject();
        } catch (JsonException e) {
            throw new IllegalArgumentException("not the load generator's result line: " + line, e);
        }
        Map<String, Long> codes = new LinkedHashMap<>();
        result.getJsonObject("codes").forEach((code, count) -> codes.put(code, ((jakarta.json.JsonNumber) count).longValue()));
        return new LoadRun(result.getString("mode"), result.getJsonNumber("sent").longValue(), number(result, "seconds"),
                number(result, "acks_per_s"), number(result, "p50_ms"), number(result, "p99_ms"), number(result, "max_ms"), codes);
    }

    /** Answers with a 2xx status: anything else (an error, a refused connection as "0") is not an acknowledgement. */
    public long acknowledged() {
        return statusCounts.entrySet().stream().filter(e -> e.getKey().startsWith("2")).mapToLong(Map.Entry::getValue).sum();
    }

    public long notAcknowledged() {
        return sent - acknowledged();
    }

    private static double number(JsonObject result, String key) {
        return result.getJsonNumber(key).doubleValue();
    }
}
