package com.marketplace.web.views;

import java.util.List;
import java.util.Optional;

/**
 * What the frame around every page shows: the page's title, the sandbox banner when no real money
 * moves, the navigation of whoever is signed in, the sign-out form's CSRF token, and a one-time
 * message carried over from the previous request.
 *
 * @param csrfToken the token of the sign-out form; empty for anonymous visitors, who have no such form
 * @param openAlerts what each open alert says, shown to admins on every page; empty for anyone else
 * @param payoutWarning shown to a seller on every page while their latest payout failed; empty otherwise
 */
public record LayoutView(String title, boolean sandbox, List<NavLink> navigation, Optional<String> csrfToken,
                         Optional<String> flash, List<String> openAlerts, Optional<String> payoutWarning) {

    public LayoutView {
        navigation = List.copyOf(navigation);
        openAlerts = List.copyOf(openAlerts);
        java.util.Objects.requireNonNull(payoutWarning, "payoutWarning");
    }

    /** A frame without a payout warning (anyone but a seller whose payout failed). */
    public LayoutView(String title, boolean sandbox, List<NavLink> navigation, Optional<String> csrfToken, Optional<String> flash,
                      List<String> openAlerts) {
        this(title, sandbox, navigation, csrfToken, flash, openAlerts, Optional.empty());
    }

    /** A frame without alerts (anyone but an admin). */
    public LayoutView(String title, boolean sandbox, List<NavLink> navigation, Optional<String> csrfToken, Optional<String> flash) {
        this(title, sandbox, navigation, csrfToken, flash, List.of());
    }

    public boolean signedIn() {
        return csrfToken.isPresent();
    }

    /**
     * One entry of the main navigation. Escaping keeps a value inside its attribute but cannot make
     * {@code javascript:} harmless, so a link of the frame may only lead to a path of this site.
     */
    public record NavLink(String href, String label) {

        public NavLink {
            if (!href.startsWith("/") || href.startsWith("//") || href.contains("\\")) {
                throw new IllegalArgumentException("A navigation link leads to a path of this site, not to " + href);
            }
        }
    }
}
