package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.SellerRepository;
import com.marketplace.onboarding.domain.StripeAccountId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sellers table in a map, for service tests. The id and the attached account are database
 * writes in the JPA repository (a generated key, a conditional update); here they are set on the
 * entity's fields directly.
 */
final class InMemorySellers implements SellerRepository {

    private final Map<SellerId, Seller> rows = new LinkedHashMap<>();
    private final List<StripeAccountId> locked = new ArrayList<>();
    private long nextId = 1;

    @Override
    public Optional<Seller> find(SellerId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Seller> lock(SellerId id) {
        return find(id);
    }

    @Override
    public Optional<Seller> findByEmail(String normalizedEmail) {
        return rows.values().stream().filter(seller -> seller.email().equals(normalizedEmail)).findFirst();
    }

    @Override
    public Optional<Seller> lockByAccount(StripeAccountId account) {
        locked.add(account);
        return rows.values().stream().filter(seller -> seller.stripeAccountId().equals(Optional.of(account))).findFirst();
    }

    @Override
    public Seller add(Seller seller) {
        if (findByEmail(seller.email()).isPresent()) {
            throw new EmailTaken(seller.email());
        }
        set(seller, "id", nextId++);
        rows.put(seller.id(), seller);
        return seller;
    }

    @Override
    public boolean attachAccount(SellerId seller, StripeAccountId account) {
        Seller row = rows.get(seller);
        if (row == null || row.stripeAccountId().isPresent()) {
            return false;
        }
        set(row, "stripeAccountId", account.value());
        return true;
    }

    @Override
    public Page<Seller> list(PageRequest page) {
        List<Seller> read = new ArrayList<>(rows.values().stream()
                .filter(seller -> page.startingAfter().map(after -> seller.id().value() > after).orElse(true))
                .filter(seller -> page.endingBefore().map(before -> seller.id().value() < before).orElse(true)).toList());
        if (page.endingBefore().isPresent()) {
            java.util.Collections.reverse(read);
        }
        return page.page(read.stream().skip(page.offset()).limit(page.fetchSize()).toList());
    }

    /** The accounts whose seller row was locked, in order. */
    List<StripeAccountId> locked() {
        return locked;
    }

    private static void set(Seller seller, String field, Object value) {
        try {
            Field declared = Seller.class.getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(seller, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Seller has no field " + field, e);
        }
    }
}
