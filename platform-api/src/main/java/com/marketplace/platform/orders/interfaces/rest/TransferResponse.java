package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.domain.OrderTransfer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a seller is transferred for their order of a purchase across sellers: the amount (what the
 * buyer paid for the order less its fee), where it stands (PENDING until Stripe made it, SENT,
 * FAILED), Stripe's transfer and what of it was reversed.
 */
public record TransferResponse(@Schema(example = "2500") long amount,
                               @Schema(example = "eur") String currency,
                               @Schema(example = "PAID") String status,
                               @Schema(example = "acct_1Nv0FGQ9RKHgCVdK") String destinationAccount,
                               @Schema(example = "purchase_31") String transferGroup,
                               @Schema(example = "tr_1Nv1CdQ9RKHgCVdK") String stripeTransferId,
                               @Schema(example = "ch_3Nv1AbQ9RKHgCVdK0x9y8z7w") String sourceCharge,
                               @Schema(example = "0") long amountReversed,
                               @Schema(example = "Stripe answered 503; retried later") String lastError) {

    static TransferResponse of(OrderTransfer transfer) {
        return new TransferResponse(transfer.amount(), transfer.currency(), transfer.status().name(), transfer.destinationAccount(),
                transfer.transferGroup(), transfer.stripeTransferId().orElse(null), transfer.sourceCharge().orElse(null),
                transfer.amountReversed(), transfer.lastError().orElse(null));
    }
}
