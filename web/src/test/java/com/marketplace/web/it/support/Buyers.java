package com.marketplace.web.it.support;

import com.marketplace.testsupport.ApiClient.Reply;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Buyers with accounts, signed up through the public API, for the buyer tests. */
public final class Buyers {

    public static final String PASSWORD = "a long buyer password";

    private Buyers() {
    }

    /** An email nobody has used in this run. */
    public static String newEmail() {
        return "buyer-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
    }

    public static Reply signUp(String email, String password, String name) {
        return RunningMarketplace.api().request("POST", "/api/buyers", "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\",\"name\":\"" + name + "\"}");
    }

    /** A buyer signed up through the API; fails the test if the platform refuses. */
    public static Buyer signUp() {
        String email = newEmail();
        Reply reply = signUp(email, PASSWORD, "Ada");
        if (reply.status() != 201) {
            throw new AssertionError("buyer sign-up refused: HTTP " + reply.status() + " " + reply.body());
        }
        return new Buyer(reply.json().getJsonNumber("id").longValue(), email, PASSWORD);
    }

    public static Reply me(Buyer buyer) {
        return RunningMarketplace.api().get("/api/buyers/me", "Authorization", buyer.authorization());
    }

    /** A buyer and the HTTP Basic credentials they call the API with. */
    public record Buyer(long id, String email, String password) {

        public String authorization() {
            return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }
}
