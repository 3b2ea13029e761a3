package com.marketplace.web.pages.cart;

import com.marketplace.platform.cart.application.CartHolder;
import com.marketplace.platform.cart.domain.Cart;
import com.marketplace.platform.cart.domain.CartLine;
import com.marketplace.platform.catalog.domain.ProductId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A guest's cart, kept in the page session as product ids and quantities only (serialisable, so a
 * clustered session carries it). Signed-in buyers' carts are stored instead; at sign-in this one
 * merges into theirs and is emptied.
 */
public final class SessionCart implements CartHolder {

    private static final String ATTRIBUTE = SessionCart.class.getName();

    private final HttpServletRequest request;

    private SessionCart(HttpServletRequest request) {
        this.request = request;
    }

    public static SessionCart of(HttpServletRequest request) {
        return new SessionCart(request);
    }

    @Override
    public Cart cart() {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Cart.empty();
        }
        Lines lines = (Lines) session.getAttribute(ATTRIBUTE);
        return lines == null ? Cart.empty() : lines.toCart();
    }

    @Override
    public void put(CartLine line) {
        HttpSession session = request.getSession(true);
        synchronized (session) {
            Lines lines = current(session);
            lines.quantities.put(line.product().value(), line.quantity());
            // set again: a clustered session replicates what is set, not what is changed in place
            session.setAttribute(ATTRIBUTE, lines);
        }
    }

    @Override
    public void remove(ProductId product) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        synchronized (session) {
            Lines lines = current(session);
            lines.quantities.remove(product.value());
            session.setAttribute(ATTRIBUTE, lines);
        }
    }

    @Override
    public void clear() {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    private static Lines current(HttpSession session) {
        Lines lines = (Lines) session.getAttribute(ATTRIBUTE);
        return lines == null ? new Lines() : lines;
    }

    /** Product id to quantity, in the order the products were added. */
    static final class Lines implements Serializable {

        private static final long serialVersionUID = 1L;

        private final LinkedHashMap<Long, Integer> quantities = new LinkedHashMap<>();

        Cart toCart() {
            List<CartLine> lines = new ArrayList<>();
            for (Map.Entry<Long, Integer> line : quantities.entrySet()) {
                lines.add(new CartLine(new ProductId(line.getKey()), line.getValue()));
            }
            return Cart.of(lines);
        }
    }
}
