package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The storefront search's own word index (docs/read-paths.md, "Search"), in place of V23's InnoDB
 * {@code FULLTEXT} index: InnoDB reads every product holding a word before it returns the first
 * match (15 ms of CPU for a word in one product in twelve of 200,000, whatever the LIMIT), where
 * this index is walked in the order the page shows and stops after the page.
 *
 * <p>One row per word of a product, with its weight (how often the name and the description say
 * it). {@code ix_product_words_ranked} is the order of a one-word search (most weight, then
 * newest); {@code ix_product_words_newest} finds whether a product holds a word and walks a word's
 * products newest first. Words are compared as stored, byte for byte, lowercased by the
 * application: a case- or accent-insensitive collation would make "café" and "cafe" one key.
 *
 * <p>The products already there keep {@code words_indexed} FALSE and are indexed by the
 * application once it runs (ProductWordsCatchUp). A Java migration because the column's collation
 * is said differently on MySQL/MariaDB and on the embedded H2.
 */
public class V25__product_words extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean mysql = isMySqlOrMariaDb(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE product_words ("
                    + " product_id BIGINT NOT NULL,"
                    + " word VARCHAR(64) " + (mysql ? "CHARACTER SET utf8mb4 COLLATE utf8mb4_bin " : "") + "NOT NULL,"
                    + " weight SMALLINT NOT NULL,"
                    + " PRIMARY KEY (product_id, word))");
            statement.execute("CREATE INDEX ix_product_words_ranked ON product_words (word, weight, product_id)");
            statement.execute("CREATE INDEX ix_product_words_newest ON product_words (word, product_id, weight)");
            statement.execute("ALTER TABLE products ADD COLUMN words_indexed BOOLEAN NOT NULL DEFAULT FALSE");
            statement.execute("CREATE INDEX ix_products_words_pending ON products (words_indexed, id)");
            if (mysql) {
                statement.execute("DROP INDEX ft_products_text ON products");
            }
        }
    }

    private static boolean isMySqlOrMariaDb(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }
}
