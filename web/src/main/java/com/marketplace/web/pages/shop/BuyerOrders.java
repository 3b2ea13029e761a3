package com.marketplace.web.pages.shop;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The orders this browser started, each with its buyer token: buyers do not sign in, and the token
 * (shown once, by the checkout) is what lets them read their order later. Held in the HTTP
 * session, never in a cookie or a URL, so it does not leak into logs, history or Referer headers.
 */
public final class BuyerOrders implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = BuyerOrders.class.getName();

    // A browser that keeps buying forever must not grow its session forever: the oldest are forgotten.
    static final int KEPT = 50;

    private final LinkedHashMap<Long, String> tokens = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > KEPT;
        }
    };

    private final LinkedHashMap<Long, String> purchaseTokens = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > KEPT;
        }
    };

    private BuyerOrders() {
    }

    /** This browser's orders, creating the (empty) record and the session on first use. */
    public static BuyerOrders of(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        synchronized (session) {
            BuyerOrders orders = (BuyerOrders) session.getAttribute(ATTRIBUTE);
            if (orders == null) {
                orders = new BuyerOrders();
                session.setAttribute(ATTRIBUTE, orders);
            }
            return orders;
        }
    }

    /** This browser's orders without creating a session: empty when it has none. */
    public static Optional<BuyerOrders> existing(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((BuyerOrders) session.getAttribute(ATTRIBUTE));
    }

    public synchronized void remember(long orderId, String buyerToken) {
        tokens.put(orderId, buyerToken);
    }

    public synchronized Optional<String> tokenFor(long orderId) {
        return Optional.ofNullable(tokens.get(orderId));
    }

    /** The token of the purchases this browser checked out (one token reads every order of a purchase). */
    public synchronized void rememberPurchase(long purchaseId, String buyerToken) {
        purchaseTokens.put(purchaseId, buyerToken);
    }

    public synchronized Optional<String> tokenForPurchase(long purchaseId) {
        return Optional.ofNullable(purchaseTokens.get(purchaseId));
    }
}
