package com.marketplace.web.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marketplace.web.it.support.RunningMarketplace;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API description {@code /openapi} serves, read as integrators' tools read it (docs/api.md):
 * valid for swagger-parser, and holding the project's conventions on every operation. It must also
 * equal the committed snapshot the Java client is generated from, so neither drifts.
 */
@ExtendWith(RunningMarketplace.class)
class OpenApiDocumentIT {

    /** The snapshot the build generates the test client from (web/pom.xml). */
    static final Path SNAPSHOT = Path.of(System.getProperty("marketplace.root", ".."), "docs/openapi.json");
    /** Where each run leaves the served document, normalized as the snapshot is: copy it over the snapshot to refresh it. */
    static final Path SERVED = Path.of("target/openapi-served.json");
    /** The snapshot's server: bin/run's default PUBLIC_BASE_URL; a test process's port differs from run to run. */
    static final String SNAPSHOT_SERVER = "http://localhost:8080";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private static String served;
    private static JsonNode document;

    @BeforeAll
    static void fetch() throws Exception {
        // Payara builds the document on the first request, scanning every class of the war: under a
        // loaded machine that took minutes, longer than the shared API client waits.
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                RunningMarketplace.process().baseUri().resolve("/openapi?format=JSON")).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), reply.body());
        served = reply.body();
        document = JSON.readTree(served);
        Files.writeString(SERVED, JSON.writeValueAsString(normalized(document)) + "\n");
    }

    @Test
    void swaggerParserReadsItWithoutAMessage() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(served, null, options);

        assertNotNull(result.getOpenAPI(), String.valueOf(result.getMessages()));
        assertEquals(List.of(), result.getMessages());
    }

    @Test
    void namesTheProjectAndItsOneServerAndNothingNonStandard() {
        assertEquals("Marketplace", document.at("/info/title").asText());
        assertTrue(document.at("/info/version").asText().matches("\\d+\\.\\d+\\.\\d+.*"), document.at("/info").toString());
        assertFalse(document.has("endpoints"), "Payara's non-standard endpoint list is served");
        JsonNode servers = document.get("servers");
        assertEquals(1, servers.size(), servers.toString());
        // PUBLIC_BASE_URL is not set on the shared instance: the application's default, without a trailing slash.
        assertEquals(RunningMarketplace.process().baseUri().toString().replace("127.0.0.1", "localhost"), servers.get(0).get("url").asText());
        List<String> tags = new ArrayList<>();
        document.get("tags").forEach(tag -> tags.add(tag.get("name").asText()));
        assertEquals(new HashSet<>(tags).size(), tags.size(), "duplicate tags: " + tags);
        assertFalse(document.get("paths").fieldNames().next().isEmpty());
        document.get("paths").fieldNames().forEachRemaining(path ->
                assertTrue(path.startsWith("/api/") || path.startsWith("/webhooks/"), "not the marketplace's API: " + path));
    }

    @Test
    void everyOperationHasAUniqueOperationIdAndDeclaresItsSecurity() {
        Map<String, String> seen = new HashMap<>();
        operations().forEach((where, operation) -> {
            String id = operation.path("operationId").asText("");
            assertFalse(id.isEmpty(), where + " has no operationId");
            String before = seen.put(id, where);
            assertEquals(null, before, "operationId " + id + " is used by " + before + " and " + where);
            JsonNode security = operation.get("security");
            assertTrue(security != null && security.isArray() && security.size() > 0, where + " declares no security");
            security.forEach(requirement -> requirement.fieldNames().forEachRemaining(scheme ->
                    assertTrue(document.at("/components/securitySchemes/" + scheme).isObject(), where + " names an undeclared scheme " + scheme)));
        });
        assertEquals("http", document.at("/components/securitySchemes/basicAuth/type").asText());
        assertEquals("basic", document.at("/components/securitySchemes/basicAuth/scheme").asText());
    }

    @Test
    void everyErrorAnswerHasTheErrorBody() {
        operations().forEach((where, operation) -> operation.get("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                JsonNode schema = resolve(response.getValue()).at("/content/application~1json/schema");
                assertEquals("#/components/schemas/ErrorBody", schema.path("$ref").asText(), where + " " + response.getKey() + " has no error body");
            }
        }));
        JsonNode errorBody = document.at("/components/schemas/ErrorBody/properties");
        assertTrue(errorBody.has("error") && errorBody.has("message") && errorBody.has("fields"), errorBody.toString());
    }

    @Test
    void everyWriteOfTheApiTakesAnIdempotencyKey() {
        operations().forEach((where, operation) -> {
            if (where.startsWith("post /api/") || where.startsWith("put /api/") || where.startsWith("patch /api/")) {
                boolean documented = false;
                for (JsonNode parameter : operation.path("parameters")) {
                    JsonNode resolved = resolve(parameter);
                    documented |= "header".equals(resolved.path("in").asText()) && "Idempotency-Key".equals(resolved.path("name").asText());
                }
                assertTrue(documented, where + " does not document Idempotency-Key");
                assertTrue(operation.at("/responses/409").isObject(), where + " does not document 409 idempotency_key_in_use");
            }
        });
    }

    @Test
    void everyBodyHasASchemaAndEveryPathParameterIsRequired() {
        operations().forEach((where, operation) -> {
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode resolved = resolve(parameter);
                if ("path".equals(resolved.path("in").asText())) {
                    assertTrue(resolved.path("required").asBoolean(), where + " path parameter " + resolved.path("name") + " is optional");
                }
            }
            JsonNode requestBody = resolve(operation.path("requestBody"));
            requestBody.path("content").forEach(media -> assertTrue(isSchema(media.path("schema")), where + " request body has no schema"));
            operation.get("responses").fields().forEachRemaining(response -> resolve(response.getValue()).path("content")
                    .forEach(media -> assertTrue(isSchema(media.path("schema")), where + " " + response.getKey() + " body has no schema")));
        });
    }

    /**
     * Every JSON request body and 2xx answer shows what it looks like (docs/api.md, "Examples"): its
     * media type or schema has an example, or, for an object, every property does by the same rule,
     * followed through $ref, array items and allOf; an array's example may come from its items.
     * Scalars inside an array or a map (List<Long>, Map<String, Long>) need none: Payara loses the
     * item type of a list whose component carries an example, so their object's other properties
     * show the shape. Nor does a property whose name contains "set" (offset): Payara's scanner takes
     * the record's accessor of such a component for a setter and fails on its @Schema; nor a page's
     * {@code limit} and {@code has_more} (an example on either made Payara write the catalog's and
     * the plans' page schemas with that one property); nor a map inside a body ({@code type: object} with
     * no properties), which Payara writes without its value type.
     */
    @Test
    void everyJsonBodyHasAnExample() {
        List<String> missing = new ArrayList<>();
        operations().forEach((where, operation) -> {
            resolve(operation.path("requestBody")).path("content").fields().forEachRemaining(media -> {
                if (media.getKey().contains("json") && !exemplified(media.getValue())) {
                    missing.add(where + " request body: " + withoutExample(media.getValue().path("schema"), new HashSet<>()));
                }
            });
            operation.get("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    resolve(response.getValue()).path("content").fields().forEachRemaining(media -> {
                        if (media.getKey().contains("json") && !exemplified(media.getValue())) {
                            missing.add(where + " " + response.getKey() + ": " + withoutExample(media.getValue().path("schema"), new HashSet<>()));
                        }
                    });
                }
            });
        });
        assertEquals(List.of(), missing, "JSON bodies without an example (operation: the first schema or property lacking one)");
    }

    /** A page's echo of its request and its cursor flag: an example on them made Payara write the page schema with that one property. */
    private static final Set<String> PAGE_ECHO = Set.of("limit", "hasMore", "has_more");

    private static boolean exempt(String name, JsonNode schema) {
        boolean map = "object".equals(schema.path("type").asText()) && !schema.has("properties") && !schema.has("$ref");
        return map || name.toLowerCase(java.util.Locale.ROOT).contains("set") || PAGE_ECHO.contains(name);
    }

    private static boolean isScalar(JsonNode schema) {
        return Set.of("string", "integer", "number", "boolean").contains(schema.path("type").asText());
    }

    private static boolean exemplified(JsonNode media) {
        return media.has("example") || media.has("examples") || withoutExample(media.path("schema"), new HashSet<>()).isEmpty();
    }

    /** The first place under schema without an example, as a pointer-like path; empty when there is none. */
    private static String withoutExample(JsonNode schema, Set<String> visiting) {
        if (schema.has("example")) {
            return "";
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!visiting.add(ref)) {
                return "";
            }
            String inside = withoutExample(resolve(schema), visiting);
            visiting.remove(ref);
            return inside.isEmpty() ? "" : ref.substring(ref.lastIndexOf('/') + 1) + inside;
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                if (withoutExample(part, visiting).isEmpty()) {
                    return "";
                }
            }
        }
        if (schema.has("items")) {
            if (isScalar(schema.get("items"))) {
                return "";
            }
            String inside = withoutExample(schema.get("items"), visiting);
            return inside.isEmpty() ? "" : "[]" + inside;
        }
        if (schema.path("additionalProperties").isObject() && isScalar(schema.get("additionalProperties"))
                && schema.path("properties").isMissingNode()) {
            return "";
        }
        JsonNode properties = schema.path("properties");
        if (properties.isObject() && properties.size() > 0) {
            for (var property : (Iterable<Map.Entry<String, JsonNode>>) properties::fields) {
                String inside = withoutExample(property.getValue(), visiting);
                if (!inside.isEmpty() && !exempt(property.getKey(), property.getValue())) {
                    return "." + property.getKey() + inside;
                }
            }
            return "";
        }
        return " (no example)";
    }

    @Test
    void onlyObjectsHaveProperties() {
        List<String> wrong = new ArrayList<>();
        collectPropertiesOnNonObjects("", document, wrong);
        assertEquals(List.of(), wrong, "schemas of another type with properties (generators refuse them)");
    }

    private static void collectPropertiesOnNonObjects(String at, JsonNode node, List<String> wrong) {
        if (node.has("properties") && node.has("type") && !"object".equals(node.get("type").asText())) {
            wrong.add(at);
        }
        node.fields().forEachRemaining(field -> collectPropertiesOnNonObjects(at + "/" + field.getKey(), field.getValue(), wrong));
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            collectPropertiesOnNonObjects(at + "/" + i, node.get(i), wrong);
        }
    }

    @Test
    void theStripeWebhooksAreDescribedWithTheirSignatureHeader() {
        for (String path : List.of("/webhooks/stripe", "/webhooks/stripe/connect")) {
            JsonNode operation = document.get("paths").get(path).get("post");
            boolean signature = false;
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode resolved = resolve(parameter);
                signature |= "Stripe-Signature".equals(resolved.path("name").asText()) && resolved.path("required").asBoolean();
            }
            assertTrue(signature, path + " does not require Stripe-Signature");
            for (String status : List.of("200", "400", "401", "503")) {
                assertTrue(operation.get("responses").has(status), path + " does not document " + status);
            }
        }
    }

    @Test
    void theServedDocumentIsTheCommittedSnapshot() throws Exception {
        String refresh = "The served API description differs from its snapshot " + SNAPSHOT.normalize()
                + ", from which the test client is generated. If the change is meant, refresh the snapshot:"
                + " cp web/target/openapi-served.json docs/openapi.json (written by this test; docs/api.md)";
        assertTrue(Files.exists(SNAPSHOT), refresh);
        JsonNode snapshot = JSON.readTree(Files.readString(SNAPSHOT));
        assertEquals("", firstDifference("", snapshot, normalized(document)), refresh);
    }

    /** Where two documents first differ, as a JSON pointer with both values; empty when they are equal. */
    private static String firstDifference(String at, JsonNode expected, JsonNode actual) {
        if (expected.equals(actual)) {
            return "";
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new java.util.TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String difference = firstDifference(at + "/" + name.replace("~", "~0").replace("/", "~1"),
                        expected.path(name), actual.path(name));
                if (!difference.isEmpty()) {
                    return difference;
                }
            }
        }
        return at + ": snapshot " + abbreviated(expected) + ", served " + abbreviated(actual);
    }

    private static String abbreviated(JsonNode node) {
        String text = node.isMissingNode() ? "(absent)" : node.toString();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static boolean isSchema(JsonNode schema) {
        return schema.has("$ref") || schema.has("type") || schema.has("oneOf") || schema.has("allOf") || schema.has("anyOf");
    }

    private static Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new java.util.LinkedHashMap<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.put(method.getKey() + " " + path.getKey(), method.getValue());
            }
        }));
        assertFalse(operations.isEmpty());
        return operations;
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    static JsonNode normalized(JsonNode served) {
        ObjectNode copy = served.deepCopy();
        copy.withArray("servers").forEach(server -> ((ObjectNode) server).put("url", SNAPSHOT_SERVER));
        return copy;
    }
}
