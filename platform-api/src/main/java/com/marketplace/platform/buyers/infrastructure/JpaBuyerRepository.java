package com.marketplace.platform.buyers.infrastructure;

import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.buyers.domain.BuyerRepository;
import com.marketplace.platform.kernel.ids.BuyerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Optional;

@ApplicationScoped
public class JpaBuyerRepository implements BuyerRepository {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public Buyer add(Buyer buyer) {
        try {
            entityManager.persist(buyer);
            entityManager.flush();
            return buyer;
        } catch (PersistenceException e) {
            if (isDuplicateKey(e)) {
                throw new EmailTaken();
            }
            throw e;
        }
    }

    @Override
    public Optional<Buyer> find(BuyerId id) {
        return Optional.ofNullable(entityManager.find(Buyer.class, id.value()));
    }

    @Override
    public Optional<Buyer> findByEmail(String normalizedEmail) {
        return entityManager.createQuery("SELECT b FROM Buyer b WHERE b.email = :email", Buyer.class)
                .setParameter("email", normalizedEmail)
                .getResultStream().findFirst();
    }

    // MariaDB says 23000, H2 23505; the only unique key a new buyer can break is the email's.
    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ("23000".equals(sql.getSQLState()) || "23505".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
