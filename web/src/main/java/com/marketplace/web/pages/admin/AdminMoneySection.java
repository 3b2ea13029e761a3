package com.marketplace.web.pages.admin;

import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.payouts.application.SellerMoney;
import com.marketplace.platform.payouts.domain.Balance;
import com.marketplace.platform.payouts.domain.Exposure;
import com.marketplace.platform.payouts.domain.Payout;
import com.marketplace.platform.payouts.domain.PayoutGatewayFailure;
import com.marketplace.platform.payouts.domain.PayoutStatus;
import com.marketplace.web.pages.support.MoneyText;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The money section of the admin's overview, from the same use cases as {@code GET /api/admin/balance} and {@code /api/admin/payouts}. */
final class AdminMoneySection {

    static final int FAILED_SHOWN = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private AdminMoneySection() {
    }

    static AdminMoneyView of(SellerMoney money, Caller admin) {
        List<AdminMoneyView.Line> balance;
        boolean unavailable = false;
        try {
            Balance platform = money.platformBalance(admin);
            balance = lines(platform.available(), platform.pending());
        } catch (PayoutGatewayFailure failure) {
            balance = List.of();
            unavailable = true;
        }
        Exposure exposure = money.exposure(admin);
        return new AdminMoneyView(balance, unavailable, lines(exposure.unrecoveredReversals(), exposure.openDisputes()),
                money.payoutsWithStatus(PayoutStatus.FAILED, admin, FAILED_SHOWN, 0).stream().map(AdminMoneySection::failed).toList());
    }

    /** One line per currency of either list, the missing side as zero. */
    static List<AdminMoneyView.Line> lines(List<Balance.Amount> first, List<Balance.Amount> second) {
        Map<String, long[]> byCurrency = new LinkedHashMap<>();
        first.forEach(amount -> byCurrency.computeIfAbsent(amount.currency(), currency -> new long[2])[0] += amount.amount());
        second.forEach(amount -> byCurrency.computeIfAbsent(amount.currency(), currency -> new long[2])[1] += amount.amount());
        return byCurrency.entrySet().stream().map(entry -> new AdminMoneyView.Line(entry.getKey().toUpperCase(Locale.ROOT),
                MoneyText.format(entry.getValue()[0], entry.getKey()), MoneyText.format(entry.getValue()[1], entry.getKey()))).toList();
    }

    private static AdminMoneyView.FailedPayout failed(Payout payout) {
        return new AdminMoneyView.FailedPayout(payout.stripe().id(), payout.sellerId().value(), WHEN.format(payout.stripe().created()),
                MoneyText.format(payout.stripe().amount(), payout.stripe().currency()),
                payout.stripe().failureMessage().or(() -> payout.stripe().failureCode()).orElse("—"));
    }
}
