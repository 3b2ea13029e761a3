package com.marketplace.web.pages.support;

import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.web.views.LayoutView.NavLink;
import java.util.ArrayList;
import java.util.List;

/** The main navigation each kind of visitor sees: the shop for all, then their own area, or the way in. */
final class Navigation {

    private Navigation() {
    }

    /** {@code cartItems}: how many items the visitor's cart holds; guests and buyers see it, sellers and admins do not buy here. */
    static List<NavLink> of(Caller caller, int cartItems) {
        List<NavLink> links = new ArrayList<>();
        links.add(new NavLink("/", "Shop"));
        if (caller.isAnonymous() || caller.isBuyer()) {
            links.add(new NavLink("/cart", cartItems == 0 ? "Cart" : "Cart (" + cartItems + ")"));
        }
        if (caller.isSeller()) {
            links.add(new NavLink("/seller", "Dashboard"));
            links.add(new NavLink("/seller/products", "Products"));
            links.add(new NavLink("/seller/plans", "Plans"));
            links.add(new NavLink("/seller/orders", "Orders"));
            links.add(new NavLink("/seller/payouts", "Payouts"));
        } else if (caller.isAdmin()) {
            links.add(new NavLink("/admin", "Overview"));
            links.add(new NavLink("/admin/fees", "Fees"));
            links.add(new NavLink("/admin/sellers", "Sellers"));
            links.add(new NavLink("/admin/orders", "Orders"));
            links.add(new NavLink("/admin/webhooks", "Webhooks"));
            links.add(new NavLink("/admin/mailbox", "Mailbox"));
        } else if (caller.isBuyer()) {
            links.add(new NavLink("/account", "Your account"));
        }
        if (caller.isAnonymous()) {
            links.add(new NavLink("/login", "Sign in"));
            links.add(new NavLink("/buyers/signup", "Create an account"));
            links.add(new NavLink("/signup", "Sell with us"));
        }
        return links;
    }
}
