package io.cmr.gateway.security;

import java.time.Duration;

import io.cmr.gateway.problem.ProblemResponses;
import io.cmr.platform.security.AuthenticationProblems;
import io.cmr.platform.security.TokenProperties;
import io.cmr.platform.security.TokenRules;
import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The gateway checks every API token itself, with the same rules as the services, and keeps no
 * session: the portal behind it runs its own login and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    @Bean
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
            ProblemResponses problems) {
        BearerProblemEntryPoint entryPoint = new BearerProblemEntryPoint(problems);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .pathMatchers("/actuator/**", "/internal/**").denyAll()
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(TokenRules.authenticationConverter())))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((exchange, denied) -> problems.write(exchange,
                                AuthenticationProblems.forbidden())))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((exchange, denied) -> problems.write(exchange,
                                AuthenticationProblems.forbidden())))
                .build();
    }

    /** URLs the firewall rejects (encoded line breaks, NUL, ...) get a problem like any other 400. */
    @Bean
    ServerExchangeRejectedHandler rejectedExchangeProblem(ProblemResponses problems) {
        return (exchange, rejected) -> problems.write(exchange, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "This URL is not accepted: " + rejected.getMessage()));
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(TokenProperties properties) {
        // A slow Keycloak must not hold requests for long; keys are cached between fetches.
        HttpClient keycloak = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2000)
                .responseTimeout(Duration.ofSeconds(5));
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.effectiveJwkSetUri())
                .webClient(WebClient.builder().clientConnector(new ReactorClientHttpConnector(keycloak)).build())
                .build();
        decoder.setJwtValidator(TokenRules.validator(properties));
        return decoder;
    }
}
