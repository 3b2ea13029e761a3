package com.marketplace.web.pages.support;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An unexpected failure becomes an incident: logged in full under a fresh id, while the visitor
 * sees only that id. The exception's message may hold SQL, a key or a customer's data, so it never
 * reaches the page; the query string may hold tokens, so only the method and path are logged.
 */
public final class Incidents {

    private static final Logger LOG = Logger.getLogger(Incidents.class.getName());

    private Incidents() {
    }

    /** Logs the failure and answers the incident id to show. */
    public static String record(Throwable failure, HttpServletRequest request, String path) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unhandled error on " + request.getMethod() + " " + path + ", incident " + incident, failure);
        return incident;
    }

    public static String message(String incident) {
        return "Something went wrong on our side. Please try again; if it keeps happening, tell us the incident number "
                + incident + ".";
    }
}
