package com.marketplace.platform.kernel.security;

import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import java.security.Principal;
import java.util.Set;

/**
 * How a signed-in caller is named to the container (Jakarta Security) and read back. The role and
 * the seller id travel in the principal's name, because Payara hands the application its own
 * wrapper principal, not the one the authentication mechanism created.
 */
public final class CallerPrincipals {

    public static final String ADMIN_GROUP = "ADMIN";
    public static final String SELLER_GROUP = "SELLER";
    public static final String BUYER_GROUP = "BUYER";
    private static final String ADMIN_PREFIX = "admin:";
    private static final String SELLER_PREFIX = "seller:";
    private static final String BUYER_PREFIX = "buyer:";

    private CallerPrincipals() {
    }

    public static String adminName(String email) {
        return ADMIN_PREFIX + email;
    }

    public static String sellerName(SellerId seller) {
        return SELLER_PREFIX + seller.value();
    }

    public static String buyerName(BuyerId buyer) {
        return BUYER_PREFIX + buyer.value();
    }

    public static Set<String> groupsOf(String principalName) {
        return principalName.startsWith(ADMIN_PREFIX) ? Set.of(ADMIN_GROUP)
                : principalName.startsWith(SELLER_PREFIX) ? Set.of(SELLER_GROUP)
                : principalName.startsWith(BUYER_PREFIX) ? Set.of(BUYER_GROUP) : Set.of();
    }

    /** The caller a container principal names; anyone unrecognised is anonymous, never an admin. */
    public static Caller callerOf(Principal principal) {
        if (principal == null || principal.getName() == null) {
            return Caller.anonymous();
        }
        String name = principal.getName();
        if (name.startsWith(ADMIN_PREFIX) && name.length() > ADMIN_PREFIX.length()) {
            return Caller.admin(name.substring(ADMIN_PREFIX.length()));
        }
        if (name.startsWith(SELLER_PREFIX)) {
            try {
                return Caller.seller(new SellerId(Long.parseLong(name.substring(SELLER_PREFIX.length()))));
            } catch (IllegalArgumentException malformed) {
                return Caller.anonymous();
            }
        }
        if (name.startsWith(BUYER_PREFIX)) {
            try {
                return Caller.buyer(new BuyerId(Long.parseLong(name.substring(BUYER_PREFIX.length()))));
            } catch (IllegalArgumentException malformed) {
                return Caller.anonymous();
            }
        }
        return Caller.anonymous();
    }
}
