package com.marketplace.platform.plans.infrastructure;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import com.marketplace.platform.kernel.paging.ListOrder;
import com.marketplace.platform.plans.domain.Plan;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.plans.domain.PlanPrice;
import com.marketplace.platform.plans.domain.PlanRepository;
import com.marketplace.platform.plans.domain.PlanStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public Plan add(Plan plan) {
        entityManager.persist(plan);
        entityManager.flush();
        return plan;
    }

    @Override
    public Optional<Plan> find(PlanId id) {
        return Optional.ofNullable(entityManager.find(Plan.class, id.value()));
    }

    @Override
    public List<Plan> listOfSeller(SellerId seller) {
        return entityManager.createQuery("SELECT p FROM Plan p WHERE p.sellerId = :seller ORDER BY p.id", Plan.class)
                .setParameter("seller", seller.value())
                .getResultList();
    }

    @Override
    public List<Plan> listActiveOfSeller(SellerId seller) {
        return entityManager.createQuery("SELECT p FROM Plan p WHERE p.sellerId = :seller AND p.status = :active ORDER BY p.id", Plan.class)
                .setParameter("seller", seller.value())
                .setParameter("active", PlanStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public Page<Plan> listActive(Set<SellerId> sellers, Optional<SellerId> seller, PageRequest page) {
        if (sellers.isEmpty()) {
            return new Page<>(List.of(), false);
        }
        String bySeller = seller.isPresent() ? " AND p.sellerId = :seller" : "";
        var query = entityManager.createQuery("SELECT p FROM Plan p WHERE p.status = :active AND p.sellerId IN :sellers" + bySeller
                        + page.seekCondition("p.id", ListOrder.OLDEST_FIRST) + page.orderBy("p.id", ListOrder.OLDEST_FIRST), Plan.class)
                .setParameter("active", PlanStatus.ACTIVE)
                .setParameter("sellers", sellers.stream().map(SellerId::value).toList())
                .setFirstResult(page.offset())
                .setMaxResults(page.fetchSize());
        seller.ifPresent(id -> query.setParameter("seller", id.value()));
        page.cursor().ifPresent(cursor -> query.setParameter("cursor", cursor));
        return page.page(query.getResultList());
    }

    @Override
    public void addPrice(PlanPrice price) {
        entityManager.persist(price);
    }

    @Override
    public List<PlanPrice> pricesOf(PlanId plan) {
        return entityManager.createQuery("SELECT p FROM PlanPrice p WHERE p.planId = :plan ORDER BY p.priceVersion", PlanPrice.class)
                .setParameter("plan", plan.value())
                .getResultList();
    }
}
