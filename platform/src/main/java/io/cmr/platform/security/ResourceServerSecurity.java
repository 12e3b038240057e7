package io.cmr.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The part of a service's {@code SecurityFilterChain} that every service shares. A service's
 * own chain starts with {@link #apply(HttpSecurity)}, then adds the rules of its paths and ends
 * with {@code anyRequest()}.
 */
public class ResourceServerSecurity {

    private final JwtDecoder decoder;
    private final ProblemAuthenticationEntryPoint entryPoint;
    private final ProblemAccessDeniedHandler accessDeniedHandler;

    public ResourceServerSecurity(JwtDecoder decoder, ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler accessDeniedHandler) {
        this.decoder = decoder;
        this.entryPoint = entryPoint;
        this.accessDeniedHandler = accessDeniedHandler;
    }

    public HttpSecurity apply(HttpSecurity http) {
        return http
                // Bearer tokens only: no cookie or session a third-party page could ride on.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(TokenRules.authenticationConverter()))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/error", "/v3/api-docs", "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/internal/**").hasAuthority("SCOPE_internal"));
    }
}
