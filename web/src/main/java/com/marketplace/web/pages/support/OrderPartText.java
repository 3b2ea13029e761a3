package com.marketplace.web.pages.support;

import com.marketplace.platform.orders.domain.OrderLine;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.platform.orders.domain.Order;
import java.util.List;
import java.util.Optional;

/** A seller's part of a purchase in words: its lines, and its transfer as it stands. */
public final class OrderPartText {

    private OrderPartText() {
    }

    /** "2 × Bowl at €12.50" for each line of an order of several lines; empty for an order of one line (its product says it). */
    public static List<String> lines(Order order, List<OrderLine> lines) {
        if (lines.size() < 2) {
            return List.of();
        }
        String currency = order.currency().value();
        return lines.stream().map(line -> line(line, currency)).toList();
    }

    public static String line(OrderLine line, String currency) {
        return line.quantity() + " × " + line.productName() + " at " + MoneyText.format(line.unitAmount(), currency);
    }

    /** "€21.00 sent", "€21.00 to be sent", "€21.00 failed", with what was reversed; empty when the order is paid without a transfer. */
    public static Optional<String> transfer(Optional<OrderTransfer> transfer) {
        return transfer.map(OrderPartText::transfer);
    }

    public static String transfer(OrderTransfer transfer) {
        String amount = MoneyText.format(transfer.amount(), transfer.currency());
        String state = switch (transfer.status()) {
            case SENT -> "sent";
            case PENDING -> "to be sent";
            case FAILED -> "failed";
        };
        String reversed = transfer.amountReversed() > 0 ? ", " + MoneyText.format(transfer.amountReversed(), transfer.currency()) + " reversed" : "";
        return amount + " " + state + reversed;
    }
}
