package com.marketplace.platform.buyers.domain;

import com.marketplace.platform.kernel.error.Refusal;

/** What the buyers feature says no to; each reason is published as the error code of its name. */
public class BuyerRefusal extends Refusal {

    public enum Reason { EMAIL_TAKEN, NOT_FOUND }

    public BuyerRefusal(Reason reason, String message) {
        super(reason, message);
    }

    public static BuyerRefusal emailTaken() {
        return new BuyerRefusal(Reason.EMAIL_TAKEN, "This email already has an account here (as a buyer or a seller); sign in instead");
    }
}
