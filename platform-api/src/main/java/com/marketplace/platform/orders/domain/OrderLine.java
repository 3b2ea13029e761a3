package com.marketplace.platform.orders.domain;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One product of an order: quantity and unit price frozen at checkout; written once, never changed. */
@Entity
@Table(name = "order_lines")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "product_name", nullable = false, updatable = false)
    private String productName;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "unit_amount", nullable = false, updatable = false)
    private long unitAmount;

    @Column(name = "amount_subtotal", nullable = false, updatable = false)
    private long amountSubtotal;

    protected OrderLine() {
        // for JPA
    }

    public static OrderLine of(OrderId order, int position, PricedLine line) {
        OrderLine row = new OrderLine();
        row.orderId = order.value();
        row.position = position;
        row.productId = line.productId().value();
        row.productName = line.productName();
        row.quantity = line.quantity();
        row.unitAmount = line.unitPrice().minorUnits();
        row.amountSubtotal = line.subtotal().minorUnits();
        return row;
    }

    public OrderId orderId() {
        return new OrderId(orderId);
    }

    public int position() {
        return position;
    }

    public ProductId productId() {
        return new ProductId(productId);
    }

    public String productName() {
        return productName;
    }

    public int quantity() {
        return quantity;
    }

    public long unitAmount() {
        return unitAmount;
    }

    public long subtotalAmount() {
        return amountSubtotal;
    }
}
