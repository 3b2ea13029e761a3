package com.marketplace.platform.catalog.infrastructure;

import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductWordIndex;
import com.marketplace.platform.catalog.domain.SearchWords;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * V25's {@code product_words}: one row per word of a product, with its weight, and the product's
 * {@code words_indexed} flag, which says the rows are there. A product the catalog writes is
 * indexed in the same transaction; a product written straight into the table (V25 found them
 * there, or a bulk load) is left with the flag down and picked up by {@link #indexPending}.
 */
// An EJB, not a CDI bean with @Transactional: the catch-up runs on a managed scheduler thread,
// where only a container-managed EJB transaction enlists the JDBC connection (docs/developer-notes.md).
@Stateless
public class JpaProductWordIndex implements ProductWordIndex {

    // Rows per INSERT: three parameters each, well under the 65,535 a MariaDB statement takes.
    private static final int ROWS_PER_INSERT = 1_000;

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    // The product's row is locked first: a catch-up batch holding it finishes before these words are
    // written, and one starting meanwhile skips it.
    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void index(Product product) {
        long id = product.id().value();
        entityManager.createNativeQuery("UPDATE products SET words_indexed = TRUE WHERE id = ?1").setParameter(1, id).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM product_words WHERE product_id = ?1").setParameter(1, id).executeUpdate();
        insert(rowsOf(id, product.name(), product.description()));
    }

    // The rows are locked as they are read and locked ones skipped: a product the catalog is writing
    // gets its words from that write, and two instances catching up at once take different batches.
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int indexPending(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> pending = entityManager.createNativeQuery("SELECT id, name, description FROM products"
                        + " WHERE words_indexed = FALSE ORDER BY id LIMIT " + limit + " FOR UPDATE SKIP LOCKED")
                .getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        List<Long> ids = pending.stream().map(row -> ((Number) row[0]).longValue()).toList();
        entityManager.createNativeQuery("DELETE FROM product_words WHERE product_id IN (?1)").setParameter(1, ids).executeUpdate();
        List<Object[]> rows = new ArrayList<>();
        for (Object[] product : pending) {
            rows.addAll(rowsOf(((Number) product[0]).longValue(), (String) product[1], (String) product[2]));
        }
        insert(rows);
        entityManager.createNativeQuery("UPDATE products SET words_indexed = TRUE WHERE id IN (?1)").setParameter(1, ids).executeUpdate();
        return pending.size();
    }

    private static List<Object[]> rowsOf(long productId, String name, String description) {
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<String, Integer> word : SearchWords.weights(name, description).entrySet()) {
            rows.add(new Object[] {productId, word.getKey(), word.getValue()});
        }
        return rows;
    }

    private void insert(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("INSERT INTO product_words (product_id, word, weight) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?").append(3 * i + 1).append(", ?").append(3 * i + 2).append(", ?").append(3 * i + 3).append(')');
            }
            Query insert = entityManager.createNativeQuery(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
                insert.setParameter(3 * i + 1, chunk.get(i)[0]).setParameter(3 * i + 2, chunk.get(i)[1]).setParameter(3 * i + 3, chunk.get(i)[2]);
            }
            insert.executeUpdate();
        }
    }
}
