package com.marketplace.platform.orders.domain;

import com.marketplace.platform.kernel.money.Money;
import java.util.Optional;

/**
 * What the money movements after a payment need from Stripe: a dispute's amount, a Destination
 * charge's automatic transfer, reversals of a seller's transfer and transfers back. Implemented by
 * the Stripe adapter; every creation carries the idempotency key it is given. Stripe unreachable:
 * {@link GatewayFailure} (transient); Stripe refusing: {@link MovementRefused} with its code.
 */
public interface MoneyGateway {

    /** The dispute as Stripe has it now, on the platform. */
    DisputeFunds dispute(String disputeId);

    /** The transfer a Destination charge made to its seller ({@code charge.transfer}), read from its payment intent; empty if none. */
    Optional<String> destinationTransfer(String paymentIntentId);

    /** The purchase a payment intent on the platform pays for, by {@code metadata.purchase_id}; empty when it names none. */
    Optional<Long> purchaseOf(String paymentIntentId);

    /** {@code POST /v1/transfers/{id}/reversals}; answers the reversal's id (trr_...). */
    String reverse(String transferId, long amount, String idempotencyKey);

    /**
     * {@code POST /v1/transfers} to a seller, from {@code sourceCharge} when given (what was reversed
     * of a charge's transfers can be sent from it again); answers the transfer's id.
     */
    String transfer(Money amount, String destinationAccount, Optional<String> sourceCharge, Optional<String> transferGroup, String description,
                    String idempotencyKey);

    /** {@code amount}: what the dispute took (Stripe's dispute amount); {@code status}: Stripe's. */
    record DisputeFunds(String disputeId, String status, long amount, String currency, Optional<String> paymentIntentId) {

        public boolean isWon() {
            return "won".equals(status) || "warning_closed".equals(status);
        }
    }

    /** Stripe refused a movement for good (not a connection problem): {@code code} is Stripe's, e.g. balance_insufficient. */
    class MovementRefused extends RuntimeException {

        private final String code;

        public MovementRefused(String code, String message, Throwable cause) {
            super(message, cause);
            this.code = code == null ? "refused" : code;
        }

        public String code() {
            return code;
        }
    }
}
