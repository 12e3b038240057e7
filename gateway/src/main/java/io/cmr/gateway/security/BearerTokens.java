package io.cmr.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

/**
 * Reads the bearer token of the Authorization header as Spring Security's converter does with
 * tokens in the header only (the gateway takes none from the query or a form): no token when the
 * header does not start with {@code bearer}; "malformed" unless it is {@code Bearer <token>}
 * (any case) with a token of RFC 6750's characters. Spring's converter does this with a
 * case-insensitive regular expression over the whole token and a merge of three reactive
 * sources, on every request.
 */
final class BearerTokens implements ServerAuthenticationConverter {

    private static final String BEARER = "bearer";

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Mono.empty();
        }
        String token = tokenOf(authorization);
        if (token == null) {
            return Mono.error(new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed")));
        }
        return Mono.just(new BearerTokenAuthenticationToken(token));
    }

    /** The token of {@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$} (case-insensitive), or null. */
    static String tokenOf(String authorization) {
        int start = BEARER.length() + 1;
        if (authorization.length() <= start || authorization.charAt(BEARER.length()) != ' ') {
            return null;
        }
        int i = start;
        while (i < authorization.length() && isTokenCharacter(authorization.charAt(i))) {
            i++;
        }
        if (i == start) {
            return null;
        }
        while (i < authorization.length() && authorization.charAt(i) == '=') {
            i++;
        }
        return i == authorization.length() ? authorization.substring(start) : null;
    }

    private static boolean isTokenCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                || c == '~' || c == '+' || c == '/';
    }
}
