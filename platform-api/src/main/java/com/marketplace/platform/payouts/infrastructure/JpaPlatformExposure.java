package com.marketplace.platform.payouts.infrastructure;

import com.marketplace.platform.payouts.domain.Balance;
import com.marketplace.platform.payouts.domain.Exposure;
import com.marketplace.platform.payouts.domain.PlatformExposure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

// Read from the money movements of orders (transfer_reversals, V17) and the orders themselves:
// - unrecovered: reversals Stripe refused for good (the seller's balance was too low);
// - open disputes (not won, lost or closed: a lost one's reversal is DONE or UNRECOVERED above): orders whose money reached the seller by a transfer (a Destination
//   charge, or a cart's separate transfer), less what a dispute reversal already took back. The
//   platform's balance answers for those until the seller's reversal is made.
@ApplicationScoped
public class JpaPlatformExposure implements PlatformExposure {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public Exposure read() {
        List<Balance.Amount> unrecovered = amounts(entityManager.createNativeQuery(
                "SELECT SUM(amount), currency FROM transfer_reversals WHERE status = 'UNRECOVERED' GROUP BY currency ORDER BY currency")
                .getResultList());
        List<Balance.Amount> disputes = amounts(entityManager.createNativeQuery(
                "SELECT SUM(o.amount_total - o.amount_refunded - COALESCE((SELECT SUM(r.amount) FROM transfer_reversals r"
                        + " WHERE r.order_id = o.id AND r.reason = 'DISPUTE' AND r.status = 'DONE' AND r.movement = 'REVERSAL'), 0)), o.currency"
                        + " FROM orders o WHERE o.status = 'DISPUTED' AND COALESCE(o.dispute_status, '') NOT IN ('won', 'lost', 'warning_closed')"
                        + " AND (o.charge_type = 'DESTINATION' OR o.separate_transfers)"
                        + " GROUP BY o.currency ORDER BY o.currency")
                .getResultList());
        return new Exposure(unrecovered, disputes);
    }

    @SuppressWarnings("unchecked")
    private static List<Balance.Amount> amounts(List<?> rows) {
        return ((List<Object[]>) rows).stream()
                .map(row -> new Balance.Amount(Math.max(0, ((Number) row[0]).longValue()), (String) row[1])).toList();
    }
}
