package com.marketplace.web.security;

import com.marketplace.platform.buyers.application.BuyerCredentialCheck;
import com.marketplace.platform.kernel.security.CallerPrincipals;
import com.marketplace.platform.kernel.security.PasswordHasher;
import com.marketplace.platform.kernel.security.SellerAuthenticator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * The one identity store (Jakarta Security): admins from {@code admin_accounts}, then sellers
 * through seller-onboarding's credential check, then buyers through the buyers' own. The caller
 * comes out named as {@link CallerPrincipals} names them, in the group ADMIN, SELLER or BUYER. Every
 * attempt that does not succeed costs the same three hashes, so timing tells no one which emails
 * are admins', sellers' or buyers'.
 */
@ApplicationScoped
public class MarketplaceIdentityStore implements IdentityStore {

    private final RecentSignIns recent = new RecentSignIns(Clock.systemUTC());
    private String noAdminHash;

    @Inject
    AdminAccounts admins;

    @Inject
    PasswordHasher passwords;

    @Inject
    SellerAuthenticator sellers;

    @Inject
    BuyerCredentialCheck buyers;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String email = credential.getCaller();
        String password = credential.getPasswordAsString();
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<String> remembered = recent.principalFor(email, password);
        if (remembered.isPresent()) {
            return valid(remembered.get());
        }
        Optional<String> adminHash = admins.passwordHash(email);
        boolean adminMatches = passwords.verify(password, adminHash.orElseGet(this::noAdminHash));
        String principal = adminHash.isPresent() && adminMatches
                ? CallerPrincipals.adminName(AdminAccounts.normalize(email))
                : sellers.authenticate(email, password).map(CallerPrincipals::sellerName)
                        .or(() -> buyers.authenticate(email, password).map(CallerPrincipals::buyerName)).orElse(null);
        if (principal == null) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        recent.remember(email, password, principal);
        return valid(principal);
    }

    private static CredentialValidationResult valid(String principal) {
        return new CredentialValidationResult(principal, CallerPrincipals.groupsOf(principal));
    }

    private synchronized String noAdminHash() {
        if (noAdminHash == null) {
            noAdminHash = passwords.hash("no admin has this password " + new SecureRandom().nextLong());
        }
        return noAdminHash;
    }
}
