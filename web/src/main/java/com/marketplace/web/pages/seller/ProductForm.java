package com.marketplace.web.pages.seller;

import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.web.pages.support.FormFields;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The product form as the seller typed it (text, not yet numbers), so a refused form comes back
 * with what they entered and a message per field. Creating and editing share it; only creating
 * chooses the currency (a product's price changes within its currency). Editing also carries, in
 * a hidden field, the stock the form was opened with ({@code loadedStock}): the stock changes only
 * when the seller typed another number, and only if sales have not moved it since.
 */
record ProductForm(String name, String description, String price, String currency, String stock, boolean active,
                   String loadedStock) {

    private static final Map<String, String> LABELS = Map.of("name", "Name", "description", "Description",
            "priceAmount", "Price", "currency", "Currency", "stock", "Stock", "active", "On sale");

    /** A form with no stored stock behind it (a new product). */
    ProductForm(String name, String description, String price, String currency, String stock, boolean active) {
        this(name, description, price, currency, stock, active, null);
    }

    static ProductForm from(HttpServletRequest request, String currency) {
        return new ProductForm(FormFields.trimmed(request, "name"), FormFields.trimmed(request, "description"), FormFields.trimmed(request, "price"), currency,
                FormFields.trimmed(request, "stock"), request.getParameter("active") != null, FormFields.trimmed(request, "loadedStock"));
    }

    /** The form filled with a stored product, its price as the plain amount a person would type ("15.00"). */
    static ProductForm of(Product product) {
        Money price = product.price();
        String amount = BigDecimal.valueOf(price.minorUnits(), price.currency().minorUnitDigits()).toPlainString();
        return new ProductForm(product.name(), product.description(), amount, price.currency().value(),
                String.valueOf(product.stock()), product.isActive(), String.valueOf(product.stock()));
    }

    /** The same form, opened again at {@code stock}: what the seller typed stays, the stock they saw is the current one. */
    ProductForm reopenedAt(int stock) {
        return new ProductForm(name, description, price, currency, this.stock, active, String.valueOf(stock));
    }

    /** Whole stock, or null when it is not a whole number (the caller reports that). */
    Integer stockNumber() {
        try {
            return stock == null || stock.isEmpty() ? null : Integer.valueOf(stock);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The stock the edit form was opened with, or null when the form did not say (or not as a whole number). */
    Integer loadedStockNumber() {
        try {
            return loadedStock == null || loadedStock.isEmpty() ? null : Integer.valueOf(loadedStock);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean stockTyped() {
        return stock != null && !stock.isEmpty();
    }

    /** Bean Validation's findings by field; a message already set for a field (e.g. an unreadable price) wins. */
    static Map<String, String> problems(Map<String, String> already, Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> problems = new TreeMap<>(already);
        violations.forEach(v -> {
            String field = v.getPropertyPath().toString();
            if (!already.containsKey(field)) {
                problems.merge(field.isEmpty() || field.equals("changingSomething") ? "form" : field, v.getMessage(), (a, b) -> a + "; " + b);
            }
        });
        return problems;
    }

    /**
     * The form as its template draws it. {@code formId} and {@code submitId} are the stable ids tests
     * and people rely on; {@code chooseCurrency} shows the currency select (new products only).
     */
    ProductFormView view(String action, String formId, String submitId, String submitLabel, boolean chooseCurrency,
                         Map<String, String> problems, String csrfToken) {
        List<ProductFormView.Problem> listed = problems.entrySet().stream()
                .map(problem -> new ProductFormView.Problem(LABELS.getOrDefault(problem.getKey(), "Product"), problem.getValue())).toList();
        String chosen = FormFields.orEmpty(currency);
        return new ProductFormView(action, formId, submitId, submitLabel, csrfToken, listed, Optional.ofNullable(loadedStock),
                FormFields.orEmpty(name), FormFields.orEmpty(description), FormFields.orEmpty(price),
                chooseCurrency ? SupportedCurrencies.CODES.stream().sorted().toList() : List.of(), chosen, chosen.toUpperCase(Locale.ROOT),
                FormFields.orEmpty(stock), active);
    }
}
