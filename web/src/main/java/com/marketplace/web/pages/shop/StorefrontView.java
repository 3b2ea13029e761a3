package com.marketplace.web.pages.shop;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A page of the shop: the search form, one page of products on offer matching it, and the way to
 * the neighbouring pages (keeping the search). The front page and a seller's shop page share it.
 *
 * @param pager the links to the newer and the older page, where they exist
 */
public record StorefrontView(Search search, List<ProductCard> products, Pager pager, List<PlanCard> plans,
                             Subscribing subscribing, Optional<String> cartCsrfToken) {

    public StorefrontView {
        products = List.copyOf(products);
        plans = List.copyOf(plans);
    }

    /** A page without plans (the marketplace's front page). */
    public StorefrontView(Search search, List<ProductCard> products, Pager pager) {
        this(search, products, pager, List.of(), Subscribing.notForThisVisitor(), Optional.empty());
    }

    /** Page {@code page} of a search's results, by number ({@code ?page=}), without plans. */
    public StorefrontView(Search search, List<ProductCard> products, int page, boolean olderExist) {
        this(search, products, Pager.numbered(search, page, olderExist));
    }

    /** The same page with an Add to cart button on each card that can be bought, its form carrying {@code csrfToken}. */
    public StorefrontView withCart(String csrfToken) {
        return new StorefrontView(search, products, pager, plans, subscribing, Optional.of(csrfToken));
    }

    /** The same page listing a shop's subscription plans, without the way to subscribe. */
    public StorefrontView withPlans(List<PlanCard> offered) {
        return withPlans(offered, Subscribing.notForThisVisitor());
    }

    /** The same page listing a shop's subscription plans, and how this visitor subscribes to them. */
    public StorefrontView withPlans(List<PlanCard> offered, Subscribing how) {
        return new StorefrontView(search, products, pager, offered, how, cartCsrfToken);
    }

    public boolean paged() {
        return pager.newerHref().isPresent() || pager.olderHref().isPresent();
    }

    /**
     * Where the newer and the older page are. Browsing (no words) links by cursor, as the API pages:
     * {@code ?starting_after=} the oldest product shown, {@code ?ending_before=} the newest, so a page
     * reached by its links is an index read from the cursor, as cheap as the first. Results ranked by
     * relevance have no id order to seek in and are numbered ({@code ?page=}), to a bounded depth.
     */
    public record Pager(Optional<String> newerHref, Optional<String> olderHref) {

        /** This search's pages by number: {@code /?page=2}, {@code /shops/9?q=bowl&page=2}. */
        public static Pager numbered(Search search, int page, boolean olderExist) {
            return new Pager(page > 1 ? Optional.of(search.href("page=" + (page - 1))) : Optional.empty(),
                    olderExist ? Optional.of(search.href("page=" + (page + 1))) : Optional.empty());
        }

        /** The pages before the newest card shown and after the oldest one, when they exist. */
        public static Pager byCursor(Search search, List<ProductCard> shown, boolean newerExist, boolean olderExist) {
            if (shown.isEmpty()) {
                return new Pager(Optional.empty(), Optional.empty());
            }
            return new Pager(newerExist ? Optional.of(search.href("ending_before=" + shown.get(0).id())) : Optional.empty(),
                    olderExist ? Optional.of(search.href("starting_after=" + shown.get(shown.size() - 1).id())) : Optional.empty());
        }
    }

    /**
     * What the page searches: where it lives ({@code /} or a shop's {@code /shops/{id}}), the words
     * typed and the currency chosen ("" for any), and the shop's name on a shop's page.
     */
    public record Search(String path, String words, List<String> currencies, String currency, Optional<String> shopName) {

        public Search {
            currencies = List.copyOf(currencies);
        }

        /** Nothing asked: the empty state says the shop is empty, not that nothing matched. */
        public boolean isEverything() {
            return words.isEmpty() && currency.isEmpty();
        }

        /** The search's own address with one more query parameter ({@code name=value}). */
        String href(String parameter) {
            return path + "?" + query() + parameter;
        }

        /** The search as query parameters, each followed by {@code &} ("" for none). */
        String query() {
            return (words.isEmpty() ? "" : "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + "&")
                    + (currency.isEmpty() ? "" : "currency=" + URLEncoder.encode(currency, StandardCharsets.UTF_8) + "&");
        }
    }

    /**
     * One product as the shop lists it; {@code price} is already written for people ("€12.50"),
     * {@code imageSrc} is the picture's address when it has one.
     */
    public record ProductCard(long id, String name, String price, long stock, Optional<String> imageSrc) {

        public String href() {
            return "/products/" + id;
        }

        public boolean soldOut() {
            return stock <= 0;
        }
    }

    /** One active plan as a shop lists it: {@code price} per interval ("€20.00 / month"), {@code trial} "" when none. */
    public record PlanCard(long id, String name, String description, String price, String trial) {
    }

    /**
     * How the visitor may subscribe to a shop's plans: a signed-in buyer gets a Subscribe form for
     * each (posting to {@code action} with the CSRF token), a guest is asked to sign in or create an
     * account and come back to {@code returnPath}, sellers and admins get neither (subscribing takes
     * a buyer's account).
     */
    public record Subscribing(Who who, String action, String csrfToken, String returnPath) {

        public enum Who { BUYER, GUEST, OTHER }

        public static Subscribing buyer(String action, String csrfToken) {
            return new Subscribing(Who.BUYER, action, csrfToken, "");
        }

        public static Subscribing guest(String returnPath) {
            return new Subscribing(Who.GUEST, "", "", returnPath);
        }

        public static Subscribing notForThisVisitor() {
            return new Subscribing(Who.OTHER, "", "", "");
        }

        public boolean buyer() {
            return who == Who.BUYER;
        }

        public boolean guest() {
            return who == Who.GUEST;
        }

        public String signInHref() {
            return "/login?next=" + URLEncoder.encode(returnPath, StandardCharsets.UTF_8);
        }

        public String signUpHref() {
            return "/buyers/signup?next=" + URLEncoder.encode(returnPath, StandardCharsets.UTF_8);
        }
    }
}
