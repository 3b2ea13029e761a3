package com.marketplace.benchmarks.scale;

import com.marketplace.benchmarks.support.BenchDatabase;
import com.marketplace.benchmarks.support.BenchMarketplace;
import com.marketplace.benchmarks.support.FiguresDocument;
import com.marketplace.benchmarks.support.Latencies;
import com.marketplace.benchmarks.support.Report;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.TestMariaDb;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read paths at two sizes (issue 25, docs/read-paths.md): the packaged marketplace on a
 * database of its own, first with 100 products and 100 orders, then with 200,000 products and
 * 500,000 orders, each path asked {@value #MEASURED} times one after another after
 * {@value #WARM_UP} warm-up requests. Prints and publishes each path's median and p99 at both sizes
 * and the growth of the median, beside the targets: at most 30 ms median and under 2x growth for
 * the pages and lists, under 200 ms for the admins' 30-day figures. Run by {@code bin/benchmark-scale}.
 */
public final class ScaleBenchmark {

    static final Path OUTPUT = MarketplaceProcess.projectRoot().resolve("target/benchmark-scale");
    private static final int WARM_UP = 30;
    private static final int MEASURED = 200;
    private static final String REPORT = "admin 30-day figures (GET /api/admin/kpis?days=30)";
    private static final Pattern OLDER_LINK = Pattern.compile("<a href=\"([^\"]+)\" id=\"older-products\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String adminAuthorization;

    private ScaleBenchmark(URI base, String adminEmail, String adminPassword) {
        this.base = base;
        this.adminAuthorization = "Basic " + Base64.getEncoder().encodeToString((adminEmail + ":" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        BenchDatabase database = new BenchDatabase(System.getProperty("bench.db.name", "marketplace_scale")).recreate();
        Report report = new Report("benchmark-scale");
        report.context("database", database.variable("version") + " innodb_buffer_pool_size=" + database.variable("innodb_buffer_pool_size"));
        report.context("load_average_at_start", loadAverage());
        String adminPassword = "scale-" + UUID.randomUUID();
        Map<String, String> configuration = BenchMarketplace.configuration(database.jdbcUrl(), TestMariaDb.user(), TestMariaDb.password(),
                adminPassword);
        // The bulk load writes products around the catalog: the catch-up puts them in the search index, looking every second.
        configuration.put("PRODUCT_WORDS_INTERVAL_MS", "1000");
        report.context("marketplace_jvm", MarketplaceProcess.jvmOptions() + ", Payara Micro, sandbox mode; one request at a time, "
                + WARM_UP + " warm-up then " + MEASURED + " measured per path");
        Map<String, Latencies> small;
        Map<String, Latencies> large;
        try (MarketplaceProcess marketplace = MarketplaceProcess.start("scale", configuration)) {
            marketplace.awaitHealthy();
            ScaleBenchmark benchmark = new ScaleBenchmark(marketplace.baseUri(), configuration.get("ADMIN_EMAIL"), adminPassword);
            ScaleData.load(database, 2, 100, 100);
            small = benchmark.measureAll(100, 100);
            long started = System.nanoTime();
            double indexSeconds = ScaleData.load(database, 100, 200_000, 500_000);
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            // The marketplace indexes the products while the orders are still being inserted; the wait is what was left after.
            System.out.printf(Locale.ROOT, "%nLoaded 200,000 products and 500,000 orders in %.0f s, the last %.0f s waiting for the"
                    + " marketplace to put the products in its search index%n", loadSeconds, indexSeconds);
            report.context("large_load_seconds", String.format(Locale.ROOT, "%.0f", loadSeconds));
            report.context("large_search_index_seconds", String.format(Locale.ROOT, "%.0f", indexSeconds));
            large = benchmark.measureAll(200_000, 500_000);
        }
        report.context("load_average_at_end", loadAverage());
        publish(report, small, large);
        Path summary = report.write(OUTPUT.resolve("summary.json"));
        FiguresDocument.publish(summary, MarketplaceProcess.projectRoot().resolve("docs/benchmarks.md"), "scale");
        System.exit(0);
    }

    private static void publish(Report report, Map<String, Latencies> small, Map<String, Latencies> large) {
        for (String path : large.keySet()) {
            double smallMedian = small.get(path).percentileMillis(50);
            double largeMedian = large.get(path).percentileMillis(50);
            report.section(path);
            report.figure(path + ": median, small", smallMedian, "ms");
            report.atMost(path + ": median, large", largeMedian, "ms", REPORT.equals(path) ? 200 : 30);
            report.figure(path + ": p99, small", small.get(path).percentileMillis(99), "ms");
            report.figure(path + ": p99, large", large.get(path).percentileMillis(99), "ms");
            if (!REPORT.equals(path)) {
                report.atMost(path + ": growth of the median", largeMedian / smallMedian, "x", 2);
            }
        }
    }

    /** Each path's latencies at the size loaded; cursors are taken from the middle of each list. */
    private Map<String, Latencies> measureAll(int products, int orders) throws Exception {
        long seller = 7 % (products >= 1_000 ? 100 : 2) + 1;
        long middleProduct = products / 2;
        long middleOrder = orders / 2;
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("storefront first page", "/");
        paths.put("storefront page reached by 3 older links", followOlderLinks("/", 3));
        paths.put("storefront page at the catalogue's middle (cursor)", "/?starting_after=" + middleProduct);
        paths.put("storefront search for one word", "/?q=walnut");
        paths.put("storefront search for two words", "/?q=walnut+candle");
        paths.put("a seller's shop, first page", "/shops/" + seller);
        paths.put("GET /api/products first page", "/api/products?limit=50");
        paths.put("GET /api/products cursor page", "/api/products?limit=50&starting_after=" + middleProduct);
        paths.put("GET /api/sellers/{id}/orders first page", "/api/sellers/" + seller + "/orders?limit=50");
        paths.put("GET /api/sellers/{id}/orders cursor page", "/api/sellers/" + seller + "/orders?limit=50&starting_after=" + middleOrder);
        paths.put("GET /api/admin/orders?status=PAID first page", "/api/admin/orders?status=PAID&limit=50");
        paths.put("GET /api/admin/orders?status=PAID cursor page", "/api/admin/orders?status=PAID&limit=50&starting_after=" + middleOrder);
        paths.put("GET /api/admin/orders cursor page", "/api/admin/orders?limit=50&starting_after=" + middleOrder);
        paths.put(REPORT, "/api/admin/kpis?currency=usd&days=30");
        System.out.printf(Locale.ROOT, "%n== %,d products, %,d orders%n", products, orders);
        Map<String, Latencies> measured = new LinkedHashMap<>();
        for (Map.Entry<String, String> path : paths.entrySet()) {
            Latencies latencies = measure(path.getValue());
            measured.put(path.getKey(), latencies);
            System.out.printf(Locale.ROOT, "%-55s median %7.1f ms  p99 %7.1f ms  %s%n", path.getKey(), latencies.percentileMillis(50),
                    latencies.percentileMillis(99), path.getValue());
        }
        return measured;
    }

    private String followOlderLinks(String start, int links) throws Exception {
        String path = start;
        for (int i = 0; i < links; i++) {
            Matcher older = OLDER_LINK.matcher(get(path).body());
            if (!older.find()) {
                return path;
            }
            path = older.group(1).replace("&amp;", "&");
        }
        return path;
    }

    private Latencies measure(String path) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            get(path);
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < MEASURED; i++) {
            long started = System.nanoTime();
            get(path);
            latencies.add(System.nanoTime() - started);
        }
        return latencies;
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
        if (path.startsWith("/api/")) {
            request.header("Authorization", adminAuthorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** The machine's load, so a reader can tell a busy run from a quiet one (other builds share the 2 cores). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException unavailable) {
            return "unknown";
        }
    }
}
