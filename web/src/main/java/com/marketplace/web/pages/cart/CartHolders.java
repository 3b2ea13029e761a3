package com.marketplace.web.pages.cart;

import com.marketplace.platform.cart.application.CartHolder;
import com.marketplace.platform.cart.application.Carts;
import com.marketplace.platform.kernel.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** Whose cart a request works on: a signed-in buyer's stored cart, anyone else's page-session cart. */
@ApplicationScoped
public class CartHolders {

    @Inject
    Carts carts;

    public CartHolder of(HttpServletRequest request, Caller caller) {
        return caller.buyer().map(carts::storedFor).orElseGet(() -> SessionCart.of(request));
    }
}
