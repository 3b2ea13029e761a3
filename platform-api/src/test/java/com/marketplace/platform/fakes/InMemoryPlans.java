package com.marketplace.platform.fakes;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import com.marketplace.platform.kernel.paging.ListOrder;
import com.marketplace.platform.plans.domain.Plan;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.plans.domain.PlanPrice;
import com.marketplace.platform.plans.domain.PlanRepository;
import com.marketplace.platform.plans.domain.PlanStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Set;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Plans as a map; the conditional updates on the row's version are the database's (covered by PlansIT). */
public final class InMemoryPlans implements PlanRepository {

    private final Map<Long, Plan> plans = new TreeMap<>();
    private final List<PlanPrice> prices = new ArrayList<>();
    private long nextId = 1;

    @Override
    public Plan add(Plan plan) {
        Columns.set(plan, "id", nextId++);
        plans.put(plan.id().value(), plan);
        return plan;
    }

    @Override
    public Optional<Plan> find(PlanId id) {
        return Optional.ofNullable(plans.get(id.value()));
    }

    @Override
    public List<Plan> listOfSeller(SellerId seller) {
        return plans.values().stream().filter(plan -> plan.sellerId().equals(seller)).toList();
    }

    @Override
    public List<Plan> listActiveOfSeller(SellerId seller) {
        return listOfSeller(seller).stream().filter(plan -> plan.status() == PlanStatus.ACTIVE).toList();
    }

    @Override
    public Page<Plan> listActive(Set<SellerId> sellers, Optional<SellerId> seller, PageRequest page) {
        List<Plan> read = new ArrayList<>(plans.values().stream().filter(plan -> plan.status() == PlanStatus.ACTIVE)
                .filter(plan -> sellers.contains(plan.sellerId()))
                .filter(plan -> seller.map(plan.sellerId()::equals).orElse(true))
                .filter(plan -> page.cursor().map(cursor -> page.readsAscending(ListOrder.OLDEST_FIRST)
                        ? plan.id().value() > cursor : plan.id().value() < cursor).orElse(true))
                .sorted(Comparator.comparing((Plan plan) -> plan.id().value())).toList());
        if (!page.readsAscending(ListOrder.OLDEST_FIRST)) {
            Collections.reverse(read);
        }
        return page.page(read.stream().skip(page.offset()).limit(page.fetchSize()).toList());
    }

    @Override
    public void addPrice(PlanPrice price) {
        prices.add(price);
    }

    @Override
    public List<PlanPrice> pricesOf(PlanId plan) {
        return prices.stream().filter(price -> price.planId().equals(plan)).sorted(Comparator.comparingInt(PlanPrice::priceVersion)).toList();
    }
}
