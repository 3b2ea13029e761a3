package com.marketplace.platform.plans.domain;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface PlanRepository {

    /** Writes a new plan; it has its id on return. */
    Plan add(Plan plan);

    Optional<Plan> find(PlanId id);

    /** A seller's plans in every status, oldest first. */
    List<Plan> listOfSeller(SellerId seller);

    /** A seller's ACTIVE plans, oldest first: what buyers see. */
    List<Plan> listActiveOfSeller(SellerId seller);

    /**
     * A page of the ACTIVE plans of {@code sellers} (those who may sell), or of one of them, oldest
     * first: what the public API lists.
     */
    Page<Plan> listActive(Set<SellerId> sellers, Optional<SellerId> seller, PageRequest page);

    void addPrice(PlanPrice price);

    /** Every Price the plan has had, oldest first. */
    List<PlanPrice> pricesOf(PlanId plan);
}
