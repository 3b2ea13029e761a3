package com.marketplace.web.pages.cart;

import com.marketplace.platform.cart.application.CartHolder;
import com.marketplace.platform.catalog.domain.ProductId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cart checkouts this browser started: a Checkout Session's id and the products it was for. The
 * cart keeps its lines until the buyer is back from Stripe with the payment confirmed
 * ({@link #paid}): a buyer who cancels, or whose card is declined, finds the cart as they left it.
 */
public final class CartCheckouts implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = CartCheckouts.class.getName();
    // a browser that starts checkouts forever must not grow its session forever
    private static final int KEPT = 20;

    private final LinkedHashMap<String, List<Long>> products = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Long>> eldest) {
            return size() > KEPT;
        }
    };

    private CartCheckouts() {
    }

    static void started(HttpServletRequest request, String sessionId, List<ProductId> checkedOut) {
        HttpSession session = request.getSession(true);
        synchronized (session) {
            CartCheckouts checkouts = (CartCheckouts) session.getAttribute(ATTRIBUTE);
            if (checkouts == null) {
                checkouts = new CartCheckouts();
            }
            checkouts.products.put(sessionId, checkedOut.stream().map(ProductId::value).toList());
            session.setAttribute(ATTRIBUTE, checkouts);
        }
    }

    /**
     * The payment of {@code sessionId} is confirmed: the products it paid for leave the cart (lines
     * added meanwhile stay). Nothing happens for a session this browser did not start from its cart.
     */
    public static void paid(HttpServletRequest request, String sessionId, CartHolder cart) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        List<Long> paidFor;
        synchronized (session) {
            CartCheckouts checkouts = (CartCheckouts) session.getAttribute(ATTRIBUTE);
            paidFor = checkouts == null ? null : checkouts.products.remove(sessionId);
            if (paidFor != null) {
                session.setAttribute(ATTRIBUTE, checkouts);
            }
        }
        if (paidFor != null) {
            paidFor.forEach(product -> cart.remove(new ProductId(product)));
        }
    }
}
