package io.cmr.gateway.security;

import io.cmr.platform.reactive.ProblemResponses;
import io.cmr.platform.reactive.ReactiveResourceServerSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;

/**
 * The gateway checks every API token itself, with the same rules as the services, and keeps no
 * session: the portal behind it runs its own login and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    @Bean
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, ReactiveResourceServerSecurity resourceServer,
            PartnerOrigins partnerOrigins) {
        return resourceServer.apply(http)
                .oauth2ResourceServer(tokens -> tokens.bearerTokenConverter(new BearerTokens()))
                .cors(cors -> cors.configurationSource(partnerOrigins.source()))
                // nosniff, frame and cache headers are Spring's defaults; HSTS is written by Hsts, which
                // also knows when a trusted proxy in front ended TLS.
                .headers(headers -> headers
                        .hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .authorizeExchange(exchanges -> exchanges
                        // Internal and actuator paths never get here: ClosedPaths answers them 404.
                        // A one-click unsubscribe link carries its own signed token: mail has no login.
                        .pathMatchers(HttpMethod.GET, "/api/v1/unsubscribe").permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/v1/unsubscribe").permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .build();
    }

    /**
     * Spring Security would time each of its filters, authentications and authorizations as an
     * observation on every request: a large share of the gateway's CPU per request, for metrics
     * nobody reads. Requests are timed per route and in total instead.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall with the same rules for headers, checked without regular expressions. */
    @Bean
    ServerWebExchangeFirewall firewall() {
        return HeaderFirewall.strict();
    }

    /** URLs the firewall rejects (encoded line breaks, NUL, ...) get a problem like any other 400. */
    @Bean
    ServerExchangeRejectedHandler rejectedExchangeProblem(ProblemResponses problems) {
        return (exchange, rejected) -> problems.write(exchange, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "This URL is not accepted: " + rejected.getMessage()));
    }
}
