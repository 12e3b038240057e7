package io.cmr.portal.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Sends a user whose tokens the API refuses through the Keycloak login, then back to the page they
 * asked for. Once only: if the API also refuses the token that login just gave, another round would
 * loop between the portal and Keycloak, so the user gets the error page instead.
 */
@ControllerAdvice
class SignInAgain {

    private static final Logger log = LoggerFactory.getLogger(SignInAgain.class);

    private static final Duration NO_SECOND_ROUND_WITHIN = Duration.ofMinutes(2);

    private static final String SENT_AT = SignInAgain.class.getName() + ".sentAt";

    /** The same session storage the login's success handler reads the page to return to from. */
    private final RequestCache requestCache = new HttpSessionRequestCache();
    private final Clock clock;

    SignInAgain(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(SignInRequiredException.class)
    void signInAgain(SignInRequiredException reason, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HttpSession session = request.getSession();
        Instant now = clock.instant();
        if (session.getAttribute(SENT_AT) instanceof Instant sentAt
                && sentAt.plus(NO_SECOND_ROUND_WITHIN).isAfter(now)) {
            log.warn("The API refuses the token of a login made at {}; not sending the user round again: {}",
                    sentAt, reason.getMessage());
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            return;
        }
        log.info("Sending the user to log in again: {}", reason.getMessage());
        session.setAttribute(SENT_AT, now);
        requestCache.saveRequest(request, response);
        if (Htmx.REQUEST.matches(request)) {
            Htmx.toLogin(request, response);
        }
        else {
            response.sendRedirect(request.getContextPath() + KeycloakRegistration.LOGIN_PATH);
        }
    }
}
