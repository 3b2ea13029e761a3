package com.marketplace.platform.buyers.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.buyers.domain.BuyerRefusal;
import com.marketplace.platform.fakes.InMemoryBuyers;
import com.marketplace.platform.kernel.error.RefusalMapper;
import com.marketplace.platform.kernel.security.PasswordHasher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A buyer's sign-up with the buyers' table in memory and one seller, shop@example.com, already
 * signing in: one email names one account, and the password is kept only as the platform's hash.
 */
class BuyerRegistrationTest {

    private static final String PASSWORD = "correct horse battery";

    private final InMemoryBuyers buyers = new InMemoryBuyers();
    private final PasswordHasher passwords = new PasswordHasher();
    private final BuyerRegistration registration = new BuyerRegistration(buyers, Set.of("shop@example.com")::contains, passwords,
            Clock.fixed(Instant.parse("2030-01-01T12:00:00Z"), ZoneOffset.UTC));
    private final BuyerCredentialCheck credentials = new BuyerCredentialCheck(buyers, passwords);

    @Test
    void aBuyerSignsUpWithTheirEmailInOneSpellingAndTheirPasswordHashed() {
        Buyer ada = registration.register(new BuyerSignUp(" Ada@Example.com ", PASSWORD, " Ada "));

        assertEquals("ada@example.com", ada.email());
        assertEquals("Ada", ada.name());
        assertFalse(ada.passwordHash().contains(PASSWORD));
        assertTrue(passwords.verify(PASSWORD, ada.passwordHash()));
        assertEquals(Optional.of(ada), buyers.findByEmail("ada@example.com"));
    }

    @Test
    void theEmailOfAnotherBuyerIsRefusedAsTakenWhateverItsCase() {
        registration.register(new BuyerSignUp("ada@example.com", PASSWORD, "Ada"));

        BuyerRefusal refused = assertThrows(BuyerRefusal.class,
                () -> registration.register(new BuyerSignUp("ADA@example.com", "another long password", "Impostor")));

        assertEquals(BuyerRefusal.Reason.EMAIL_TAKEN, refused.reason());
        assertEquals(409, RefusalMapper.errorCodeOf(refused).status().getStatusCode());
        assertEquals("Ada", buyers.findByEmail("ada@example.com").orElseThrow().name());
    }

    @Test
    void theEmailOfASellerIsRefusedAsTaken() {
        BuyerRefusal refused = assertThrows(BuyerRefusal.class, () -> registration.register(new BuyerSignUp("Shop@example.com", PASSWORD, "Shop")));

        assertEquals("email_taken", refused.code());
        assertTrue(refused.getMessage().contains("seller"), refused.getMessage());
        assertTrue(buyers.findByEmail("shop@example.com").isEmpty());
    }

    @Test
    void aBuyerSignsInWithTheRightPasswordOnly() {
        Buyer ada = registration.register(new BuyerSignUp("ada@example.com", PASSWORD, "Ada"));

        assertEquals(Optional.of(ada.id()), credentials.authenticate("ADA@example.com", PASSWORD));
        assertEquals(Optional.empty(), credentials.authenticate("ada@example.com", "wrong password here"));
        assertEquals(Optional.empty(), credentials.authenticate("nobody@example.com", PASSWORD));
    }
}
