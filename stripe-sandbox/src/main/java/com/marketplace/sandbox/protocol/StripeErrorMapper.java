package com.marketplace.sandbox.protocol;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure leaves the sandbox in Stripe's error shape, as stripe-java expects to parse it. */
@Provider
public class StripeErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(StripeErrorMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Exception exception) {
        StripeError error;
        if (exception instanceof StripeError stripeError) {
            error = stripeError;
        } else if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            error = new StripeError(status, "invalid_request_error", null,
                    status == 404 || status == 405 ? "Unrecognized request URL (/" + uriInfo.getPath() + ")." : web.getMessage(), null, null);
        } else {
            LOG.log(Level.SEVERE, "sandbox failure", exception);
            error = new StripeError(500, "api_error", null, "The sandbox failed: " + exception.getMessage(), null, null);
        }
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JsonText.write(error.body())).build();
    }
}
