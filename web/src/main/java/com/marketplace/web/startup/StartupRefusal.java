package com.marketplace.web.startup;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stops the process when the marketplace must not run. A failed deployment alone would leave
 * Payara Micro up, answering 404s and possibly "UP" on /health for the sandbox: a supervisor
 * would think the marketplace runs. Exit status 2 tells it plainly that it does not.
 */
final class StartupRefusal {

    static final int EXIT_STATUS = 2;
    private static final Logger LOG = Logger.getLogger(StartupRefusal.class.getName());

    private StartupRefusal() {
    }

    static void refuse(String problem) {
        String message = "Marketplace refuses to start: " + problem;
        LOG.log(Level.SEVERE, message);
        System.err.println(message);
        System.err.flush();
        // halt, not exit: shutdown hooks would wait for this very deployment to finish.
        Runtime.getRuntime().halt(EXIT_STATUS);
    }
}
