package com.marketplace.web.pages.admin;

import java.util.List;

/**
 * The admin's list of sellers, with forms on each row to change how their sales are charged and
 * which kind of Stripe account they have.
 *
 * @param chargeTypes every charge type the forms offer, by constant
 * @param accountTypes every account type the forms offer, in Stripe's words ({@code express})
 * @param offset where this page starts, carried by the forms so the admin comes back to it
 */
public record AdminSellersView(String csrfToken, List<Row> sellers, List<String> chargeTypes, List<String> accountTypes, int offset, AdminPaging.Paging paging) {

    public AdminSellersView {
        sellers = List.copyOf(sellers);
        chargeTypes = List.copyOf(chargeTypes);
        accountTypes = List.copyOf(accountTypes);
    }

    /** One seller; {@code status} and {@code chargeType} are constants, worded by the template; {@code accountType} is Stripe's word. */
    public record Row(long id, String shop, String email, String status, String chargeType, String accountType) {
    }
}
