package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.domain.OrderTransfer;

/**
 * What a seller is transferred for their order of a purchase across sellers: the amount (what the
 * buyer paid for the order less its fee), where it stands (PENDING until Stripe made it, SENT,
 * FAILED), Stripe's transfer and what of it was reversed.
 */
public record TransferResponse(long amount, String currency, String status, String destinationAccount, String transferGroup,
                               String stripeTransferId, String sourceCharge, long amountReversed, String lastError) {

    static TransferResponse of(OrderTransfer transfer) {
        return new TransferResponse(transfer.amount(), transfer.currency(), transfer.status().name(), transfer.destinationAccount(),
                transfer.transferGroup(), transfer.stripeTransferId().orElse(null), transfer.sourceCharge().orElse(null),
                transfer.amountReversed(), transfer.lastError().orElse(null));
    }
}
