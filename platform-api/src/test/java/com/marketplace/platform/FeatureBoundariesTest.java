package com.marketplace.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The boundaries between platform-api's features and layers, read from the sources: a feature
 * reaches another through its ports and domain, never its infrastructure or tables; application
 * code knows nothing of HTTP; only infrastructure speaks stripe-java.
 */
class FeatureBoundariesTest {

    private static final Path SOURCES = Path.of("src/main/java/com/marketplace/platform");

    private record Source(Path path, String text) {

        String relative() {
            return SOURCES.relativize(path).toString().replace('\\', '/');
        }

        boolean in(String feature) {
            return relative().startsWith(feature + "/");
        }

        boolean isLayer(String layer) {
            return relative().contains("/" + layer + "/");
        }

        /** Application code: any package of a feature that is not its domain, infrastructure or interfaces. */
        boolean isApplication() {
            return !in("kernel") && !in("stripe") && !isLayer("domain") && !isLayer("infrastructure") && !isLayer("interfaces")
                    && relative().indexOf('/') > 0;
        }

        boolean imports(String prefix) {
            return text.lines().anyMatch(line -> line.startsWith("import " + prefix) || line.startsWith("import static " + prefix));
        }
    }

    private static List<Source> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(file -> {
                try {
                    return new Source(file, Files.readString(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> offenders(Predicate<Source> offends) {
        return sources().stream().filter(offends).map(Source::relative).sorted().toList();
    }

    @Test
    void theSourcesAreFound() {
        assertTrue(sources().size() > 100, "read from " + SOURCES.toAbsolutePath());
    }

    @Test
    void ordersReachCatalogAndFeesOnlyThroughTheirDomainAndApplication() {
        assertEquals(List.of(), offenders(source -> source.in("orders")
                && (source.imports("com.marketplace.platform.catalog.infrastructure") || source.imports("com.marketplace.platform.fees.infrastructure"))));
    }

    @Test
    void noFeatureOfThePlatformImportsSellerOnboarding() {
        assertEquals(List.of(), offenders(source -> source.imports("com.marketplace.onboarding")));
    }

    @Test
    void ordersNeverWriteCatalogsProducts() {
        assertEquals(List.of(), offenders(source -> source.in("orders") && source.text().matches("(?s).*\\bUPDATE Product\\b.*")));
    }

    @Test
    void onlySellerOnboardingMapsTheSellersTable() {
        assertEquals(List.of(), offenders(source -> source.text().contains("@Table(name = \"sellers\")")));
    }

    @Test
    void applicationCodeKnowsNothingOfHttp() {
        assertEquals(List.of(), offenders(source -> source.isApplication()
                && (source.imports("jakarta.ws.rs") || source.imports("jakarta.servlet") || source.imports("com.marketplace.platform.kernel.error.ApiException")
                || source.imports("com.marketplace.platform.kernel.error.ErrorCode"))));
    }

    @Test
    void theDomainDependsOnNoOuterLayer() {
        assertEquals(List.of(), offenders(source -> source.isLayer("domain") && source.text().lines()
                .anyMatch(line -> line.startsWith("import com.marketplace.platform.")
                        && (line.contains(".infrastructure.") || line.contains(".interfaces.") || line.contains(".application.")))));
    }

    @Test
    void withinTheFeaturesOnlyInfrastructureSpeaksStripeJava() {
        assertEquals(List.of(), offenders(source -> Stream.of("orders", "catalog", "fees", "sellers").anyMatch(source::in)
                && source.imports("com.stripe") && !source.isLayer("infrastructure")));
    }

    @Test
    void interfacesAreNotUsedByTheLayersBeneathThem() {
        assertEquals(List.of(), offenders(source -> !source.isLayer("interfaces") && source.text().lines()
                .anyMatch(line -> line.startsWith("import com.marketplace.platform.") && line.contains(".interfaces."))));
    }
}
