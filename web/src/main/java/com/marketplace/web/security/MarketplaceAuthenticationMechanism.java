package com.marketplace.web.security;

import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.security.CallerPrincipals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * How the container learns who calls (Jakarta Security), on every request to the application:
 * <ul>
 *   <li>an {@code Authorization: Basic} header (API clients) is checked on the spot: wrong
 *   credentials get 401 and too many recent failures 429 (see {@link SignIn}: the right
 *   credentials are refused only when the client address is over its limit), whatever the
 *   resource, so a typo never silently downgrades a caller to anonymous;</li>
 *   <li>otherwise a page session in which someone signed in (see {@code SignInPage}) names them;</li>
 *   <li>otherwise the caller is anonymous, and each resource or page decides what that may see.</li>
 * </ul>
 * Roles travel as groups (ADMIN, SELLER) and in the principal's name ({@link CallerPrincipals}).
 */
@ApplicationScoped
public class MarketplaceAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    SignIn signIn;

    @Inject
    ClientAddress clientAddress;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            return basic(authorization, request, response, context);
        }
        Optional<SignedInCaller> signedIn = SignedInCaller.of(request.getSession(false));
        if (signedIn.isPresent()) {
            String name = signedIn.get().principalName();
            return context.notifyContainerAboutLogin(name, CallerPrincipals.groupsOf(name));
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(String authorization, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) throws AuthenticationException {
        Optional<BasicCredentials> credentials = BasicCredentials.parse(authorization);
        if (credentials.isEmpty()) {
            return refuse(response, ErrorCode.NOT_AUTHENTICATED, "Only HTTP Basic credentials are accepted (email:password)");
        }
        SignInOutcome outcome = signIn.attempt(credentials.get().user(), credentials.get().password(), clientAddress.of(request));
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.principalName(), CallerPrincipals.groupsOf(signedIn.principalName()));
        }
        if (outcome instanceof SignInOutcome.Throttled throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            return refuse(response, ErrorCode.TOO_MANY_SIGN_IN_ATTEMPTS,
                    "Too many failed sign-ins; try again in " + throttled.retryAfterSeconds() + " seconds");
        }
        return refuse(response, ErrorCode.NOT_AUTHENTICATED, "Wrong email or password");
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, ErrorCode code, String message) throws AuthenticationException {
        try {
            if (code == ErrorCode.NOT_AUTHENTICATED) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"marketplace\"");
            }
            ErrorWriter.write(response, code, message);
        } catch (IOException e) {
            throw new AuthenticationException("the refusal could not be written", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
