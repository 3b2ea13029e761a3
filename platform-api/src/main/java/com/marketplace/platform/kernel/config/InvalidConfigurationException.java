package com.marketplace.platform.kernel.config;

/** The configuration is unsafe or contradictory; the application must refuse to start. */
public class InvalidConfigurationException extends RuntimeException {

    public InvalidConfigurationException(String message) {
        super(message);
    }
}
