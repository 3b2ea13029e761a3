package com.marketplace.platform.shared.config;

/** The configuration is unsafe or contradictory; the application must refuse to start. */
public class InvalidConfigurationException extends RuntimeException {

    public InvalidConfigurationException(String message) {
        super(message);
    }
}
