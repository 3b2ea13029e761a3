package com.marketplace.web.pages.admin;

import com.marketplace.platform.fees.application.FeeSchedule;
import com.marketplace.platform.fees.domain.FeeChange;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.fees.domain.FeeScope;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.security.CsrfTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fee schedule: each currency's default and every seller's override, forms to change them, and
 * the audit of every change (who, when, before, after). A post changes one default; overrides are
 * {@link AdminSellerFeesPage}'s. Percentages are typed as percentages ("2.9"), fixed amounts in
 * the currency's units ("0.30"); see {@link FeeRateForm}.
 */
@WebServlet("/admin/fees")
public class AdminFeesPage extends PageServlet {

    static final int HISTORY_SHOWN = 100;

    @Inject
    FeeSchedule schedule;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!requireAdmin(request, response)) {
            return;
        }
        FeeSchedule.CurrentSchedule current = schedule.currentSchedule();
        render(request, response, "Fees", "admin/fees.jte", view(CsrfTokens.tokenFor(request), current,
                schedule.recentChanges(HISTORY_SHOWN)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!requireAdmin(request, response)) {
            return;
        }
        FeeRate rate = FeeRateForm.parse(request.getParameter("fee-currency"), request.getParameter("fee-percent"),
                request.getParameter("fee-fixed"));
        schedule.setDefault(rate, adminEmail());
        Flash.set(request, "The " + rate.currency().value().toUpperCase(Locale.ROOT) + " default is now " + FeeRateForm.describe(rate)
                + ", for checkouts started from now on.");
        seeOther(response, "/admin/fees");
    }

    /** Who the audit names: the signed-in admin. */
    String adminEmail() {
        return Optional.ofNullable(caller().adminEmail()).orElse("admin");
    }

    static AdminFeesView view(String csrfToken, FeeSchedule.CurrentSchedule current, List<FeeChange> changes) {
        return new AdminFeesView(csrfToken,
                current.defaults().stream().map(fee -> new AdminFeesView.Default(fee.currency().value(), FeeRateForm.describe(fee.rate())))
                        .toList(),
                current.overrides().stream().map(override -> new AdminFeesView.Override(override.sellerId().value(),
                        override.currency().value(), FeeRateForm.describe(override.rate()))).toList(),
                SupportedCurrencies.CODES.stream().sorted().toList(), HISTORY_SHOWN,
                changes.stream().map(AdminFeesPage::change).toList());
    }

    private static AdminFeesView.Change change(FeeChange change) {
        String currency = change.currency().value().toUpperCase(Locale.ROOT);
        String what = change.scope() == FeeScope.DEFAULT ? currency + " default"
                : currency + " override of seller " + change.seller().map(id -> String.valueOf(id.value())).orElse("?");
        return new AdminFeesView.Change(change.id(), AdminText.time(change.changedAt()), change.changedBy(), what,
                rateOrNone(change.before(), "none"), rateOrNone(change.after(), "removed"));
    }

    private static String rateOrNone(Optional<FeeRate> rate, String none) {
        return rate.map(FeeRateForm::describe).orElse(none);
    }
}
