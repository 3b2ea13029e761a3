package com.marketplace.platform.fakes;

import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.buyers.domain.BuyerRepository;
import com.marketplace.platform.kernel.ids.BuyerId;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The buyers' table in memory, its email as unique as the database's key makes it. */
public final class InMemoryBuyers implements BuyerRepository {

    private final Map<Long, Buyer> buyers = new TreeMap<>();
    private long nextId = 1;

    @Override
    public Buyer add(Buyer buyer) {
        if (findByEmail(buyer.email()).isPresent()) {
            throw new EmailTaken();
        }
        Columns.set(buyer, "id", nextId++);
        buyers.put(buyer.id().value(), buyer);
        return buyer;
    }

    @Override
    public Optional<Buyer> find(BuyerId id) {
        return Optional.ofNullable(buyers.get(id.value()));
    }

    @Override
    public Optional<Buyer> findByEmail(String normalizedEmail) {
        return buyers.values().stream().filter(buyer -> buyer.email().equals(normalizedEmail)).findFirst();
    }
}
