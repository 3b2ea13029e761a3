package com.marketplace.web.idempotency;

import com.marketplace.platform.idempotency.application.IdempotentRequests;
import com.marketplace.platform.idempotency.domain.CallerScope;
import com.marketplace.platform.idempotency.domain.IdempotencyDecision;
import com.marketplace.platform.idempotency.domain.IdempotencyKey;
import com.marketplace.platform.idempotency.domain.RequestFingerprint;
import com.marketplace.platform.idempotency.domain.StoredResponse;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.web.security.ApiBodyLimitFilter;
import com.marketplace.web.security.BufferedRequestBody;
import com.marketplace.web.security.ErrorWriter;
import com.marketplace.web.security.SecuritySettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API's {@code Idempotency-Key} (docs/idempotency.md): a POST, PUT or PATCH under {@code /api}
 * that carries one is claimed before any resource runs ({@link IdempotentRequests}), and its answer
 * stored after; a retry of the same request is answered with that answer and
 * {@code Idempotent-Replayed: true}, without the resource running again. The caller is known here:
 * Jakarta Security authenticates before any filter runs. Requests without the header pass untouched.
 */
public class IdempotencyFilter extends HttpFilter {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    @Inject
    IdempotentRequests requests;

    @Inject
    SecuritySettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String presented = request.getHeader(KEY_HEADER);
        if (presented == null || !WRITES.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (!IdempotencyKey.isWellFormed(presented)) {
            ErrorWriter.write(response, ErrorCode.IDEMPOTENCY_ERROR, "The Idempotency-Key header must be 1 to " + IdempotencyKey.MAX_LENGTH
                    + " printable ASCII characters (a random UUID is best); nothing was done");
            return;
        }
        IdempotencyKey key = new IdempotencyKey(presented);
        byte[] body = ApiBodyLimitFilter.readAtMost(request.getInputStream(), settings.apiMaxBodyBytes());
        RequestFingerprint fingerprint = RequestFingerprint.of(request.getMethod(), pathOf(request), body);
        IdempotencyDecision decision;
        try {
            decision = requests.begin(scopeOf(request), key, fingerprint, Instant.now());
        } catch (RuntimeException unavailable) {
            LOG.log(Level.WARNING, "an idempotency key could not be claimed: " + unavailable);
            ErrorWriter.write(response, ErrorCode.SERVICE_UNAVAILABLE,
                    "The Idempotency-Key could not be checked; nothing was done. Retry with the same key");
            return;
        }
        if (decision instanceof IdempotencyDecision.Replay replay) {
            replay(replay.response(), response);
        } else if (decision instanceof IdempotencyDecision.OtherRequest other) {
            ErrorWriter.write(response, ErrorCode.IDEMPOTENCY_ERROR, "This Idempotency-Key was already used with another request ("
                    + other.method() + " " + other.path() + ", or another body); use a new key for a new request. Nothing was done");
        } else if (decision instanceof IdempotencyDecision.InProgress) {
            response.setHeader("Retry-After", "1");
            ErrorWriter.write(response, ErrorCode.IDEMPOTENCY_KEY_IN_USE,
                    "A request with this Idempotency-Key is still being worked on; retry shortly with the same key");
        } else if (decision instanceof IdempotencyDecision.Proceed proceed) {
            work(new BufferedRequestBody(request, body), response, chain, proceed);
        }
    }

    private void work(HttpServletRequest request, HttpServletResponse response, FilterChain chain, IdempotencyDecision.Proceed proceed)
            throws IOException, ServletException {
        CapturedResponse captured = new CapturedResponse(response);
        try {
            chain.doFilter(request, captured);
        } catch (IOException | ServletException | RuntimeException | Error failed) {
            abandonQuietly(proceed);
            throw failed;
        }
        Optional<StoredResponse> answer = captured.answer();
        try {
            if (answer.isPresent()) {
                requests.finish(proceed.claim(), answer.get());
            } else {
                requests.abandon(proceed.claim());
            }
        } catch (RuntimeException notStored) {
            // The work is done and its answer goes out; a retry after the lease does it again, as
            // without a key. Failing the answer too would only make that retry more likely.
            LOG.log(Level.WARNING, "the answer of an idempotent request could not be stored: " + notStored);
        }
        captured.release();
    }

    private void abandonQuietly(IdempotencyDecision.Proceed proceed) {
        try {
            requests.abandon(proceed.claim());
        } catch (RuntimeException notReleased) {
            LOG.log(Level.WARNING, "an idempotency key could not be released; its lease frees it: " + notReleased);
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        stored.contentType().ifPresent(response::setContentType);
        stored.location().ifPresent(location -> response.setHeader("Location", location));
        response.setHeader(REPLAYED_HEADER, "true");
        byte[] body = stored.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static CallerScope scopeOf(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return CallerScope.ofPrincipal(principal == null ? null : principal.getName());
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getQueryString() == null ? request.getRequestURI() : request.getRequestURI() + "?" + request.getQueryString();
    }
}
