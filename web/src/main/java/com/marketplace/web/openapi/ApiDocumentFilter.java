package com.marketplace.web.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Finishes the document {@code /openapi} serves (registered as {@code mp.openapi.filter}): Payara
 * scans the resources and merges {@code META-INF/openapi.yaml}; this gives it the project's name and
 * version, the one server integrators call ({@code PUBLIC_BASE_URL}), one entry per tag, and each
 * operation its security, idempotency header and error bodies ({@link OperationConventions}), after
 * undoing what Payara's scanner adds that OpenAPI tools refuse ({@link PayaraOutput}).
 */
public class ApiDocumentFilter implements OASFilter {

    static final String TITLE = "Marketplace";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Config config = ConfigProvider.getConfig();
        api.getInfo().setTitle(TITLE);
        api.getInfo().setVersion(BuildVersion.current());
        api.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(publicBaseUrl(config))
                .description("The marketplace (PUBLIC_BASE_URL)"))));
        api.setTags(distinctTags(api.getTags()));
        PayaraOutput payara = new PayaraOutput(api.getComponents().getSchemas());
        payara.dropEndpointList(api);
        OperationConventions conventions = new OperationConventions();
        Map<String, PathItem> paths = new LinkedHashMap<>(api.getPaths().getPathItems());
        paths.forEach((path, item) -> {
            if (item.getOperations() == null || item.getOperations().isEmpty()) {
                api.getPaths().removePathItem(path);
                return;
            }
            item.getOperations().forEach((method, operation) -> {
                payara.clean(operation);
                conventions.apply(path, method, operation);
            });
        });
        payara.cleanComponents();
    }

    /** The address integrators reach, as the application computes it: PUBLIC_BASE_URL without its trailing slash. */
    static String publicBaseUrl(Config config) {
        Optional<String> configured = config.getOptionalValue("PUBLIC_BASE_URL", String.class)
                .map(String::trim).filter(value -> !value.isEmpty());
        return configured.map(url -> url.replaceAll("/+$", ""))
                .orElseGet(() -> "http://localhost:" + config.getOptionalValue("PORT", String.class).orElse("8080").trim());
    }

    // Payara merges the tag of every resource class into the list, once per class: one entry per
    // name, with the first description given.
    private static List<Tag> distinctTags(List<Tag> tags) {
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : tags == null ? List.<Tag>of() : tags) {
            Tag kept = byName.putIfAbsent(tag.getName(), tag);
            if (kept != null && kept.getDescription() == null && tag.getDescription() != null) {
                byName.put(tag.getName(), tag);
            }
        }
        return new ArrayList<>(byName.values());
    }
}
