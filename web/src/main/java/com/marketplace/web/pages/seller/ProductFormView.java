package com.marketplace.web.pages.seller;

import java.util.List;
import java.util.Optional;

/**
 * The product form as {@code seller/productForm.jte} draws it: what the seller typed, the problems
 * per field, and the ids tests and people rely on.
 *
 * @param loadedStock the stock the edit form was opened with (edits only)
 * @param currencies the currencies to choose from; empty when the currency is fixed (editing)
 * @param currencyCode the product's currency, upper case, named in the price's label when fixed
 */
public record ProductFormView(String action, String formId, String submitId, String submitLabel, String csrfToken,
                              List<Problem> problems, Optional<String> loadedStock, String name, String description, String price,
                              List<String> currencies, String currency, String currencyCode, String stock, boolean active) {

    public ProductFormView {
        problems = List.copyOf(problems);
        currencies = List.copyOf(currencies);
    }

    public boolean choosesCurrency() {
        return !currencies.isEmpty();
    }

    /** A refusal of one field, named as the form labels it. */
    public record Problem(String field, String message) {
    }
}
