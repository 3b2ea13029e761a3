package com.marketplace.platform.orders.domain;

import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.domain.PaymentGateway.CreatedSession;
import com.marketplace.platform.orders.domain.PaymentGateway.SessionLine;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a purchase across sellers needs from Stripe besides what orders need ({@link PaymentGateway}):
 * its one session on the platform, the charge its payment made, and the transfers to its sellers.
 * Implemented by the Stripe adapter; every creation carries the idempotency key it is given.
 */
public interface PurchaseGateway {

    /**
     * The purchase's Checkout Session on the platform: every line, {@code transfer_group}, metadata
     * naming the purchase, no application fee and no {@code transfer_data}.
     */
    CreatedSession createSession(NewPurchaseSession session);

    /** The charge a payment intent on the platform made ({@code latest_charge}); empty while it has none. */
    Optional<String> latestCharge(String paymentIntentId);

    /** {@code POST /v1/transfers} with {@code source_transaction}; answers the transfer's id. */
    String createTransfer(NewTransfer transfer);

    /** The transfer as Stripe has it now. */
    TransferState transfer(String transferId);

    record NewPurchaseSession(PurchaseId purchaseId, String purchaseKey, List<SessionLine> lines, String transferGroup,
                              String successUrl, URI cancelUrl, Instant expiresAt, Optional<String> customerEmail) {
    }

    record NewTransfer(OrderId orderId, PurchaseId purchaseId, Money amount, String destinationAccount, String transferGroup,
                       String sourceCharge, String idempotencyKey) {
    }

    /** {@code orderId}: {@code metadata.order_id} the platform wrote on it; empty on a transfer it did not make. */
    record TransferState(String transferId, long amount, long amountReversed, String destinationAccount,
                         Optional<String> transferGroup, Optional<Long> orderId) {
    }
}
