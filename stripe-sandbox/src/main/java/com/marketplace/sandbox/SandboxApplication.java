package com.marketplace.sandbox;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The sandbox at {@code /stripe-sandbox}: Stripe's API under {@code /v1}, hosted pages under
 * {@code /hosted}, and the sandbox-only test helpers under {@code /_sandbox}.
 */
@ApplicationPath("/")
public class SandboxApplication extends Application {
}
