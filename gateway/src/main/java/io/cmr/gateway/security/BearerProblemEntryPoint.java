package io.cmr.gateway.security;

import io.cmr.gateway.problem.ProblemResponses;
import io.cmr.platform.security.AuthenticationProblems;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

/**
 * 401 as a problem with the RFC 6750 challenge. Spring's bearer entry point completes the
 * response itself, leaving no room for a body, so the challenge is written here.
 */
class BearerProblemEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemResponses problems;

    BearerProblemEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge(failure));
        return problems.write(exchange, AuthenticationProblems.unauthorized(failure));
    }

    static String challenge(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth) {
            String description = AuthenticationProblems.describe(failure).replace("\"", "'");
            return "Bearer error=\"" + oauth.getError().getErrorCode() + "\", error_description=\"" + description + "\"";
        }
        return "Bearer";
    }
}
