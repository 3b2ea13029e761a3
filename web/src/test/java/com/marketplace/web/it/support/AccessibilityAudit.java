package com.marketplace.web.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.marketplace.testsupport.MarketplaceProcess;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (from npm, installed by bin/test into {@code web/src/test/a11y}) inside the page the
 * browser shows, and fails on any serious or critical violation. The page's content security policy
 * forbids inline script, but WebDriver's script injection is not subject to it, so the page itself
 * stays as strict as in production. Each audit's full answer is written to
 * {@code web/target/a11y/<name>.json} for reading after a run.
 */
public final class AccessibilityAudit {

    /** The impacts that fail a page; "minor" and "moderate" are recorded, not failed. */
    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private static final Path AXE = Path.of("web/src/test/a11y/node_modules/axe-core/axe.min.js");

    private static String axeSource;

    private AccessibilityAudit() {
    }

    /** One rule broken on the page: which, how badly, and where (CSS selectors of the nodes). */
    public record Violation(String rule, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") at " + targets;
        }
    }

    /** Audits the page the browser shows now; fails naming every serious or critical violation. */
    public static void assertAccessible(Browser browser, String name) {
        List<Violation> failing = audit(browser, name).stream().filter(v -> FAILING_IMPACTS.contains(v.impact())).toList();
        if (!failing.isEmpty()) {
            fail("accessibility of " + name + " (" + browser.driver().getCurrentUrl() + "): " + failing.size()
                    + " serious or critical violation(s):\n" + String.join("\n", failing.stream().map(Violation::toString).toList()));
        }
    }

    /** Every violation axe finds on the page the browser shows now, whatever its impact. */
    public static List<Violation> audit(Browser browser, String name) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(source());
        Object answer = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify({error: String(e)})));");
        String json = String.valueOf(answer);
        record(name, json);
        if (json.startsWith("{")) {
            throw new IllegalStateException("axe could not audit " + name + ": " + json);
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().stream().map(JsonObject.class::cast).map(AccessibilityAudit::violation).toList();
        }
    }

    private static Violation violation(JsonObject found) {
        JsonArray nodes = found.getJsonArray("nodes");
        List<String> targets = nodes.stream().map(JsonObject.class::cast)
                .map(node -> node.getJsonArray("target").toString()).toList();
        return new Violation(found.getString("id"), found.getString("impact", "unknown"), found.getString("help", ""), targets);
    }

    private static synchronized String source() {
        if (axeSource == null) {
            Path axe = MarketplaceProcess.projectRoot().resolve(AXE);
            if (!Files.isRegularFile(axe)) {
                throw new IllegalStateException(axe + " is missing: run the tests through bin/test, which installs axe-core with npm");
            }
            try {
                axeSource = Files.readString(axe, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    private static void record(String name, String json) {
        try {
            Path dir = Files.createDirectories(MarketplaceProcess.projectRoot().resolve("web/target/a11y"));
            Files.writeString(dir.resolve(name + ".json"), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
