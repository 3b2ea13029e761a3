package com.marketplace.web.pages.admin;

import java.util.List;

/**
 * The admin's list of sellers, with a form on each row to change how their sales are charged.
 *
 * @param chargeTypes every charge type the forms offer, by constant
 * @param offset where this page starts, carried by the forms so the admin comes back to it
 */
public record AdminSellersView(String csrfToken, List<Row> sellers, List<String> chargeTypes, int offset, AdminPaging.Paging paging) {

    public AdminSellersView {
        sellers = List.copyOf(sellers);
        chargeTypes = List.copyOf(chargeTypes);
    }

    /** One seller; {@code status} and {@code chargeType} are constants, worded by the template. */
    public record Row(long id, String shop, String email, String status, String chargeType) {
    }
}
