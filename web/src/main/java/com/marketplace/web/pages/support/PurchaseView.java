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
public record PurchaseView(long id, String date, String total, boolean forAdmin, Optional<String> transferGroup, List<SellerPart> parts,
                           List<Movement> movements) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    public PurchaseView {
        parts = List.copyOf(parts);
        movements = List.copyOf(movements);
    }

    /** A purchase without its money movements (the buyer's view). */
    public PurchaseView(long id, String date, String total, boolean forAdmin, Optional<String> transferGroup, List<SellerPart> parts) {
        this(id, date, total, forAdmin, transferGroup, parts, List.of());
    }

    /** The same purchase with the money moved between the platform and its sellers (the admin's view). */
    public PurchaseView withMovements(List<Movement> moved) {
        return new PurchaseView(id, date, total, forAdmin, transferGroup, parts, moved);
    }

    /**
     * One movement of money between the platform and a seller: a transfer, a reversal for a refund or
     * a dispute, a transfer back, an amount absorbed; {@code unrecovered} when the seller's balance
     * could not give it back.
     */
    public record Movement(long orderId, String kind, String reason, String amount, String status, Optional<String> stripeId,
                           Optional<String> problem, boolean unrecovered) {
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
