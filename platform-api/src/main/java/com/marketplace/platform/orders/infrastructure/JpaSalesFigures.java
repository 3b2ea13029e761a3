package com.marketplace.platform.orders.infrastructure;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.orders.domain.PaidSale;
import com.marketplace.platform.orders.domain.SalesFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

// The rows are grouped by UTC day in Java rather than with SQL's DATE(): paid_at is read back as
// an Instant exactly as it was written, whatever time zone the database session is in. A period of
// two weeks is a few thousand rows at most at this marketplace's scale; a GROUP BY on a UTC
// column is the move once it is not.
@ApplicationScoped
public class JpaSalesFigures implements SalesFigures {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public List<PaidSale> paidBetween(Instant from, Instant until) {
        return entityManager.createQuery("SELECT o.paidAt, o.currency, o.amountTotal, o.applicationFeeAmount, o.amountRefunded"
                        + " FROM MarketplaceOrder o WHERE o.paidAt >= :from AND o.paidAt < :until AND o.status IN :taken", Object[].class)
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("taken", MONEY_TAKEN)
                .getResultStream()
                .map(row -> new PaidSale((Instant) row[0], CurrencyCode.of((String) row[1]), (Long) row[2], (Long) row[3], (Long) row[4]))
                .toList();
    }
}
