package com.marketplace.platform.kernel.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: a bug answers 500 with an incident id the operator can find in the log, and
 * nothing of the exception (which might hold SQL, a key or a customer's data) reaches the client.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        if (causedByConcurrentChange(exception)) {
            return ErrorBody.response(ErrorCode.CONFLICT, "Someone changed this at the same time; read it again and retry");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unhandled error, incident " + incident, exception);
        return ErrorBody.response(ErrorCode.INTERNAL_ERROR, "Something went wrong on our side (incident " + incident + ")");
    }

    // A version check that failed at commit reaches here wrapped in the transaction's exceptions.
    private static boolean causedByConcurrentChange(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause.getClass().getName().equals("org.hibernate.StaleObjectStateException")) {
                return true;
            }
        }
        return false;
    }
}
