package io.cmr.portal.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Sends a user whose tokens the API refuses through the Keycloak login, then back to the page they asked for. */
@ControllerAdvice
class SignInAgain {

    private static final Logger log = LoggerFactory.getLogger(SignInAgain.class);

    /** The same session storage the login's success handler reads the page to return to from. */
    private final RequestCache requestCache = new HttpSessionRequestCache();

    @ExceptionHandler(SignInRequiredException.class)
    void signInAgain(SignInRequiredException reason, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.info("Sending the user to log in again: {}", reason.getMessage());
        requestCache.saveRequest(request, response);
        if (Htmx.REQUEST.matches(request)) {
            Htmx.toLogin(request, response);
        }
        else {
            response.sendRedirect(request.getContextPath() + KeycloakRegistration.LOGIN_PATH);
        }
    }
}
