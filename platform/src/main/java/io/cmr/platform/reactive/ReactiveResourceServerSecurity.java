package io.cmr.platform.reactive;

import io.cmr.platform.security.AuthenticationProblems;
import io.cmr.platform.security.TokenRules;

import org.springframework.http.HttpHeaders;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The reactive twin of the servlet services' resource-server rules: the same token rules and the
 * same 401/403 answers. An app's own chain starts with {@link #apply(ServerHttpSecurity)}, then
 * adds the rules of its paths. Spring's bearer entry point completes the response itself, leaving
 * no room for a body, so the challenge is written here.
 */
public class ReactiveResourceServerSecurity {

    /** As many as {@link CachingJwtDecoder} keeps verified. */
    static final long MAXIMUM_TOKENS = 100_000;

    private final ReactiveJwtDecoder decoder;
    private final ServerAuthenticationEntryPoint entryPoint;
    private final ServerAccessDeniedHandler accessDeniedHandler;

    ReactiveResourceServerSecurity(ReactiveJwtDecoder decoder, ProblemResponses problems) {
        this.decoder = decoder;
        this.entryPoint = (exchange, failure) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, AuthenticationProblems.challenge(failure));
            return problems.write(exchange, AuthenticationProblems.unauthorized(failure));
        };
        this.accessDeniedHandler = (exchange, denied) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
            return problems.write(exchange, AuthenticationProblems.forbidden());
        };
    }

    public ServerHttpSecurity apply(ServerHttpSecurity http) {
        return http
                // Bearer tokens only: no cookie or session a third-party page could ride on.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        // The token rules' roles and scopes, worked out once per token the decoder verified.
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(
                                new RememberedAuthentications(TokenRules.authenticationConverter(), MAXIMUM_TOKENS)))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler));
    }
}
