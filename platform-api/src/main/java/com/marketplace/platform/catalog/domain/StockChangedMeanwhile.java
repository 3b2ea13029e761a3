package com.marketplace.platform.catalog.domain;

/**
 * A change was made against a stock that is no longer the product's: sales (or another edit) moved
 * it since the seller read it. Nothing of the change was applied; the seller decides again with the
 * current figure.
 */
public class StockChangedMeanwhile extends RuntimeException {

    private final int expectedStock;
    private final int currentStock;

    public StockChangedMeanwhile(int expectedStock, int currentStock) {
        super("The stock changed since it was read: it was " + expectedStock + " and is now " + currentStock
                + " (a sale or another edit moved it); nothing was changed: check the stock and save again");
        this.expectedStock = expectedStock;
        this.currentStock = currentStock;
    }

    public int expectedStock() {
        return expectedStock;
    }

    public int currentStock() {
        return currentStock;
    }
}
