package com.marketplace.web.pages.support;

import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.queries.OrderQueries;
import com.marketplace.platform.orders.queries.OrderQueries.OrderPart;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A purchase with each seller's part ({@code purchase/purchase.jte}): the buyer's purchase page and
 * the admin's purchase view. The admin also sees each part's fee, charge type and transfer.
 *
 * @param forAdmin whether fees, routing and transfers are shown
 */
public record PurchaseView(long id, String date, String total, boolean forAdmin, Optional<String> transferGroup, List<SellerPart> parts) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    public PurchaseView {
        parts = List.copyOf(parts);
    }

    /** One seller's order within the purchase. */
    public record SellerPart(long orderId, String seller, long sellerId, String status, List<Line> lines, String total, String fee,
                             String chargeType, Optional<String> refunded, List<String> refunds, Optional<String> transfer,
                             Optional<String> problem) {

        public SellerPart {
            lines = List.copyOf(lines);
            refunds = List.copyOf(refunds);
        }

        public String shopHref() {
            return "/shops/" + sellerId;
        }
    }

    public record Line(String product, int quantity, String unitPrice, String subtotal) {
    }

    /**
     * @param sellerName the shop's name of an order's seller
     * @param refundsOf the refunds of an order
     */
    public static PurchaseView of(OrderQueries.PurchaseView purchase, boolean forAdmin, Function<Order, String> sellerName,
                                  Function<Order, List<OrderRefund>> refundsOf) {
        String currency = purchase.purchase().currency().value();
        return new PurchaseView(purchase.purchase().id().value(), WHEN.format(purchase.purchase().createdAt()),
                MoneyText.format(purchase.orders().stream().mapToLong(part -> part.order().total().minorUnits()).sum(), currency), forAdmin,
                forAdmin ? purchase.purchase().transferGroup() : Optional.empty(),
                purchase.orders().stream().map(part -> part(part, sellerName, refundsOf.apply(part.order()), forAdmin)).toList());
    }

    private static SellerPart part(OrderPart part, Function<Order, String> sellerName, List<OrderRefund> orderRefunds, boolean forAdmin) {
        Order order = part.order();
        String currency = order.currency().value();
        List<Line> lines = part.lines().stream().map(line -> new Line(line.productName(), line.quantity(),
                MoneyText.format(line.unitAmount(), currency), MoneyText.format(line.subtotalAmount(), currency))).toList();
        List<String> refunds = orderRefunds.stream().map(refund -> refund(refund, currency)).toList();
        return new SellerPart(order.id().value(), sellerName.apply(order), order.sellerId().value(), order.status().name(), lines,
                MoneyText.format(order.total().minorUnits(), currency), MoneyText.format(order.applicationFee().minorUnits(), currency),
                order.isSeparateTransfer() ? "SEPARATE_TRANSFERS" : order.routing().chargeType().name(),
                order.refunded().minorUnits() > 0 ? Optional.of(MoneyText.format(order.refunded().minorUnits(), currency)) : Optional.empty(),
                refunds, forAdmin ? OrderPartText.transfer(part.transfer()) : Optional.empty(), order.problem());
    }

    private static String refund(OrderRefund refund, String currency) {
        return MoneyText.format(refund.amount(), currency) + " " + refund.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " (" + WHEN.format(refund.createdAt()) + ")";
    }
}
