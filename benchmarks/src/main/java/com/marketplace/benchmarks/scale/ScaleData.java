package com.marketplace.benchmarks.scale;

import com.marketplace.benchmarks.support.BenchDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The scale benchmark's catalogue and orders, written straight into its database by
 * {@code scale/load.sql} (INSERT ... SELECT over MariaDB's sequence tables: 200,000 products and
 * 500,000 orders in about a minute here), after the marketplace's migrations made the schema.
 */
final class ScaleData {

    private ScaleData() {
    }

    /**
     * Replaces the rows a previous size left with {@code sellers}, {@code products} and
     * {@code orders} rows, then waits until the running marketplace has put every product in its
     * search index (its catch-up indexes rows written around the catalog, as these are); returns
     * the seconds that took.
     */
    static double load(BenchDatabase database, int sellers, int products, int orders) throws SQLException, IOException, InterruptedException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String table : List.of("orders", "purchases", "product_words", "products", "sellers")) {
                statement.execute("DELETE FROM " + table);
            }
            for (String sql : statements(sellers, products, orders)) {
                statement.execute(sql);
            }
            long started = System.nanoTime();
            awaitWordsIndexed(statement, Duration.ofMinutes(10));
            double indexSeconds = (System.nanoTime() - started) / 1e9;
            // Fresh statistics, as a database that grew to this size over months would have.
            statement.execute("ANALYZE TABLE sellers, products, product_words, purchases, orders");
            return indexSeconds;
        }
    }

    private static void awaitWordsIndexed(Statement statement, Duration timeout) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try (ResultSet pending = statement.executeQuery("SELECT COUNT(*) FROM products WHERE words_indexed = FALSE")) {
                pending.next();
                if (pending.getLong(1) == 0) {
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(pending.getLong(1) + " products still not in the search index after " + timeout);
                }
            }
            Thread.sleep(200);
        }
    }

    /** The script's statements with the sizes filled in. */
    static List<String> statements(int sellers, int products, int orders) throws IOException {
        String script;
        try (InputStream in = ScaleData.class.getResourceAsStream("/scale/load.sql")) {
            if (in == null) {
                throw new IOException("scale/load.sql is not on the class path");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String uncommented = script.lines().filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n"));
        return Arrays.stream(uncommented.split(";\\s*\\n"))
                .map(String::strip).filter(sql -> !sql.isEmpty())
                .map(sql -> sql.replace("${sellers}", Integer.toString(sellers)).replace("${products}", Integer.toString(products))
                        .replace("${orders}", Integer.toString(orders)))
                .toList();
    }
}
