package com.marketplace.platform.kernel.error;

import java.util.Objects;

/** A refusal the client can act on: the code says what, the message says it in words. */
public class ApiException extends RuntimeException {

    private final ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
