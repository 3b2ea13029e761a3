package com.marketplace.platform.kernel.security;

import com.marketplace.platform.kernel.ids.SellerId;
import java.util.Optional;

/**
 * Checks a seller's email and password (implemented by seller-onboarding, which holds the
 * password hashes; platform-api cannot see that module).
 */
public interface SellerAuthenticator {

    Optional<SellerId> authenticate(String email, String password);
}
