package com.marketplace.sandbox.store;

import com.marketplace.sandbox.protocol.JsonText;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The sandbox's state in its own tables. Every change runs in one database transaction under one
 * lock: the sandbox is a test double, and serialising its writes makes it as consistent as
 * Stripe looks from outside (no lost update between a payment and a refund) at a cost nobody
 * measures. Reads take no lock.
 */
@ApplicationScoped
public class SandboxStore {

    public static final String DATA_SOURCE = "java:app/jdbc/sandbox";
    /** The name under which the sandbox's database settings are read (SANDBOX_DB_URL, ...). */
    public static final String COMPONENT = "sandbox";

    private final ReentrantLock writeLock = new ReentrantLock(true);

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    public <T> T write(Function<SandboxTx, T> work) {
        writeLock.lock();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(new SandboxTx(connection));
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sandbox store failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    public <T> T read(Function<SandboxTx, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(new SandboxTx(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("sandbox store failed: " + e.getMessage(), e);
        }
    }

    /** An object in a scope, or Stripe's 404 naming the object type and id. */
    public StripeObject get(String id, Scope scope, String objectName) {
        return read(tx -> tx.get(id, scope, objectName));
    }

    static StripeObject parse(String body) {
        return JsonText.parseObject(body);
    }

    static StripeError missing(String objectName, String id) {
        return StripeError.noSuch(objectName, id);
    }
}
