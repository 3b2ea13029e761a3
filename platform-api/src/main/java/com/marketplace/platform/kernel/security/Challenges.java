package com.marketplace.platform.kernel.security;

import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.error.ErrorCode;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** 401 answers that tell an HTTP client how to authenticate. */
public final class Challenges {

    private Challenges() {
    }

    public static Response unauthorized(ErrorCode code, String message) {
        return Response.fromResponse(ErrorBody.response(code, message))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"marketplace\"").build();
    }
}
