package io.cmr.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * htmx fetches page parts in the background, where a redirect to Keycloak would be followed
 * silently and fail; the {@code HX-Redirect} header makes it navigate the whole page there instead.
 */
final class Htmx {

    static final RequestMatcher REQUEST = new RequestHeaderRequestMatcher("HX-Request", "true");

    static final AuthenticationEntryPoint LOGIN_ENTRY_POINT = (request, response, exception) -> toLogin(request, response);

    private Htmx() {
    }

    static void toLogin(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("HX-Redirect", request.getContextPath() + KeycloakRegistration.LOGIN_PATH);
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
    }
}
