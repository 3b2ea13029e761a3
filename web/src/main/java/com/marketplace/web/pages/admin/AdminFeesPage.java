package com.marketplace.web.pages.admin;

import com.marketplace.platform.fees.application.FeeSchedule;
import com.marketplace.platform.fees.domain.DefaultFee;
import com.marketplace.platform.fees.domain.FeeChange;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.fees.domain.FeeScope;
import com.marketplace.platform.fees.domain.SellerFeeOverride;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.platform.kernel.web.Html;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.PageServlet;
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
        String body = defaults(request, current.defaults()) + overrides(request, current.overrides())
                + history(schedule.recentChanges(HISTORY_SHOWN));
        render(request, response, "Fees", body);
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

    private static String defaults(HttpServletRequest request, List<DefaultFee> defaults) {
        StringBuilder html = new StringBuilder("<h2>Default fee per currency</h2><div class=\"table-scroll\"><table id=\"default-fees\">")
                .append("<thead><tr><th scope=\"col\">Currency</th><th scope=\"col\">Rate</th></tr></thead><tbody>");
        for (DefaultFee fee : defaults) {
            html.append("<tr data-currency=\"").append(Html.escape(fee.currency().value())).append("\"><th scope=\"row\">")
                    .append(Html.escape(fee.currency().value().toUpperCase(Locale.ROOT))).append("</th><td>")
                    .append(Html.escape(FeeRateForm.describe(fee.rate()))).append("</td></tr>");
        }
        html.append("</tbody></table></div>")
                .append("<h3>Change a default</h3><p class=\"muted\">Applies to checkouts started after the change; orders keep the fee ")
                .append("they were created with.</p>")
                .append("<form method=\"post\" action=\"/admin/fees\" class=\"row\" id=\"default-fee-form\">").append(csrfField(request))
                .append(currencySelect("fee-currency", "fee-currency"))
                .append(rateInputs("fee-percent", "fee-percent", "fee-fixed", "fee-fixed"))
                .append("<button type=\"submit\" id=\"save-default-fee\">Save default</button></form>");
        return html.toString();
    }

    private static String overrides(HttpServletRequest request, List<SellerFeeOverride> overrides) {
        StringBuilder html = new StringBuilder("<h2>Seller overrides</h2>");
        if (overrides.isEmpty()) {
            html.append("<p id=\"no-overrides\">No seller has their own rate: every sale is charged the default.</p>");
        } else {
            html.append("<div class=\"table-scroll\"><table id=\"seller-overrides\"><thead><tr><th scope=\"col\">Seller</th>")
                    .append("<th scope=\"col\">Currency</th><th scope=\"col\">Rate</th><th scope=\"col\">Remove</th></tr></thead><tbody>");
            for (SellerFeeOverride override : overrides) {
                long seller = override.sellerId().value();
                String currency = Html.escape(override.currency().value());
                html.append("<tr data-seller-id=\"").append(seller).append("\" data-currency=\"").append(currency).append("\"><td>")
                        .append(seller).append("</td><td>").append(currency.toUpperCase(Locale.ROOT)).append("</td><td>")
                        .append(Html.escape(FeeRateForm.describe(override.rate()))).append("</td><td>")
                        .append("<form method=\"post\" action=\"/admin/fees/sellers/remove\" class=\"inline\">").append(csrfField(request))
                        .append("<input type=\"hidden\" name=\"sellerId\" value=\"").append(seller).append("\">")
                        .append("<input type=\"hidden\" name=\"currency\" value=\"").append(currency).append("\">")
                        .append("<button type=\"submit\" class=\"secondary\" id=\"remove-override-").append(seller).append('-').append(currency)
                        .append("\">Back to the default</button></form></td></tr>");
            }
            html.append("</tbody></table></div>");
        }
        return html.append("<h3>Give a seller their own rate</h3>")
                .append("<form method=\"post\" action=\"/admin/fees/sellers\" class=\"row\" id=\"seller-fee-form\">").append(csrfField(request))
                .append("<label for=\"override-seller\">Seller id</label>")
                .append("<input id=\"override-seller\" name=\"sellerId\" type=\"number\" min=\"1\" required>")
                .append(currencySelect("override-currency", "currency"))
                .append(rateInputs("override-percent", "percent", "override-fixed", "fixed"))
                .append("<button type=\"submit\" id=\"save-seller-fee\">Save seller rate</button></form>").toString();
    }

    private static String history(List<FeeChange> changes) {
        StringBuilder html = new StringBuilder("<h2>History</h2><div class=\"table-scroll\"><table id=\"fee-history\"><caption>The last ")
                .append(HISTORY_SHOWN).append(" changes, newest first</caption><thead><tr><th scope=\"col\">When</th>")
                .append("<th scope=\"col\">Who</th><th scope=\"col\">What</th><th scope=\"col\">Before</th><th scope=\"col\">After</th>")
                .append("</tr></thead><tbody>");
        if (changes.isEmpty()) {
            html.append("<tr><td colspan=\"5\">No change yet: the schedule is as installed.</td></tr>");
        }
        for (FeeChange change : changes) {
            String currency = change.currency().value().toUpperCase(Locale.ROOT);
            String what = change.scope() == FeeScope.DEFAULT ? currency + " default"
                    : currency + " override of seller " + change.seller().map(id -> String.valueOf(id.value())).orElse("?");
            html.append("<tr data-change-id=\"").append(change.id()).append("\"><td>").append(AdminText.time(change.changedAt()))
                    .append("</td><td>").append(Html.escape(change.changedBy())).append("</td><td>").append(Html.escape(what))
                    .append("</td><td>").append(Html.escape(rateOrNone(change.before(), "none"))).append("</td><td>")
                    .append(Html.escape(rateOrNone(change.after(), "removed"))).append("</td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    private static String rateOrNone(Optional<FeeRate> rate, String none) {
        return rate.map(FeeRateForm::describe).orElse(none);
    }

    static String currencySelect(String id, String name) {
        StringBuilder select = new StringBuilder("<label for=\"").append(id).append("\">Currency</label><select id=\"").append(id)
                .append("\" name=\"").append(name).append("\">");
        SupportedCurrencies.CODES.stream().sorted().forEach(code -> select.append("<option value=\"").append(code).append("\">")
                .append(code.toUpperCase(Locale.ROOT)).append("</option>"));
        return select.append("</select>").toString();
    }

    static String rateInputs(String percentId, String percentName, String fixedId, String fixedName) {
        return "<label for=\"" + percentId + "\">Percentage of the sale (%, e.g. 2.9)</label><input id=\"" + percentId + "\" name=\""
                + percentName + "\" type=\"text\" inputmode=\"decimal\" required>"
                + "<label for=\"" + fixedId + "\">Fixed amount per sale (in the currency, e.g. 0.30)</label><input id=\"" + fixedId
                + "\" name=\"" + fixedName + "\" type=\"text\" inputmode=\"decimal\" required value=\"0\">";
    }
}
