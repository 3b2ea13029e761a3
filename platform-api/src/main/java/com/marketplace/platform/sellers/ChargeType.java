package com.marketplace.platform.sellers;

/**
 * How a seller's sales are charged (DESIGN.md, "Charge types"): chosen at registration, changeable
 * by an admin.
 */
public enum ChargeType {
    /** The Checkout Session lives on the seller's connected account; the platform takes an application fee. */
    DIRECT,
    /** The session lives on the platform and transfers the amount minus the fee to the seller. */
    DESTINATION
}
