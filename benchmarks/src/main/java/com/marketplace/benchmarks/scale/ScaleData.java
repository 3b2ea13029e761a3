package com.marketplace.benchmarks.scale;

import com.marketplace.benchmarks.support.BenchDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

    /** Replaces the rows a previous size left with {@code sellers}, {@code products} and {@code orders} rows. */
    static void load(BenchDatabase database, int sellers, int products, int orders) throws SQLException, IOException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String table : List.of("orders", "purchases", "products", "sellers")) {
                statement.execute("DELETE FROM " + table);
            }
            for (String sql : statements(sellers, products, orders)) {
                statement.execute(sql);
            }
            // Fresh statistics, as a database that grew to this size over months would have.
            statement.execute("ANALYZE TABLE sellers, products, purchases, orders");
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
