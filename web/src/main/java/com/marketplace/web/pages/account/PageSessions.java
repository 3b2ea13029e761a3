package com.marketplace.web.pages.account;

import com.marketplace.platform.cart.application.Carts;
import com.marketplace.platform.cart.domain.CartLine;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.security.CallerPrincipals;
import com.marketplace.web.pages.cart.SessionCart;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.security.CsrfTokens;
import jakarta.inject.Inject;
import java.util.List;
import com.marketplace.web.security.SignedInCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Starting and ending a signed-in page session. */
@ApplicationScoped
public class PageSessions {

    @Inject
    Carts carts;

    /**
     * Remembers who signed in. The session id and the CSRF token change at this moment, so an id
     * or token planted or seen before sign-in is worthless after it (session fixation).
     */
    public void signIn(HttpServletRequest request, String principalName) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        new SignedInCaller(principalName).storeIn(session);
        CsrfTokens.rotate(session);
        CallerPrincipals.callerOf(() -> principalName).buyer().ifPresent(buyer -> keepTheGuestCart(request, buyer));
    }

    /**
     * What the visitor put in their cart before signing in joins the buyer's stored cart, and leaves
     * the session: from now on the stored cart is the one shown.
     */
    private void keepTheGuestCart(HttpServletRequest request, BuyerId buyer) {
        SessionCart guest = SessionCart.of(request);
        if (guest.cart().isEmpty()) {
            return;
        }
        List<CartLine> leftOut = carts.mergeAtSignIn(guest.cart(), buyer);
        guest.clear();
        if (!leftOut.isEmpty()) {
            Flash.set(request, leftOut.size() == 1 ? "One product from before you signed in is in another currency than your cart and was not added."
                    : leftOut.size() + " products from before you signed in are in another currency than your cart and were not added.");
        }
    }

    public void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
