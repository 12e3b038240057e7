package io.cmr.portal.security;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * htmx fetches page parts in the background, where a redirect to Keycloak would be followed
 * silently and fail; the {@code HX-Redirect} header makes it navigate the whole page there instead.
 * The page the user was on (htmx says which in {@code HX-Current-URL}), not the part, is where the
 * login brings them back: a session that expired while an order page refreshed itself comes back to it.
 */
final class Htmx {

    static final RequestMatcher REQUEST = new RequestHeaderRequestMatcher("HX-Request", "true");

    static final AuthenticationEntryPoint LOGIN_ENTRY_POINT = (request, response, exception) -> toLogin(request, response);

    /** The same session storage the login's success handler reads the page to return to from. */
    private static final RequestCache PAGES = new HttpSessionRequestCache();

    private Htmx() {
    }

    static void toLogin(HttpServletRequest request, HttpServletResponse response) {
        rememberCurrentPage(request, response);
        response.setHeader("HX-Redirect", request.getContextPath() + KeycloakRegistration.LOGIN_PATH);
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
    }

    /** Only a path of the portal's own is kept, whatever host the header names. */
    private static void rememberCurrentPage(HttpServletRequest request, HttpServletResponse response) {
        String current = request.getHeader("HX-Current-URL");
        if (current == null) {
            return;
        }
        URI page;
        try {
            page = URI.create(current);
        }
        catch (IllegalArgumentException ex) {
            return;
        }
        String path = page.getRawPath();
        if (path != null && path.startsWith(request.getContextPath() + "/") && !path.startsWith("//")) {
            PAGES.saveRequest(new PageRequest(request, path, page.getRawQuery()), response);
        }
    }

    /** A plain GET of the page, as the login's success handler will send the browser back to it. */
    private static final class PageRequest extends HttpServletRequestWrapper {

        private final String path;
        private final String query;

        PageRequest(HttpServletRequest request, String path, String query) {
            super(request);
            this.path = path;
            this.query = query;
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getRequestURI() {
            return path;
        }

        @Override
        public String getQueryString() {
            return query;
        }

        @Override
        public String getServletPath() {
            return path.substring(getContextPath().length());
        }

        @Override
        public String getPathInfo() {
            return null;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
            boolean defaultPort = ("http".equals(getScheme()) && getServerPort() == 80)
                    || ("https".equals(getScheme()) && getServerPort() == 443);
            if (!defaultPort) {
                url.append(':').append(getServerPort());
            }
            return url.append(path);
        }

        @Override
        public String getHeader(String name) {
            return "HX-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }
    }
}
