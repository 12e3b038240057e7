package io.cmr.platform.servlet;

import io.cmr.platform.security.TokenRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The part of a service's {@code SecurityFilterChain} that every service shares. A service's
 * own chain starts with {@link #apply(HttpSecurity)}, then adds the rules of its paths and ends
 * with {@code anyRequest()}.
 */
public class ResourceServerSecurity {

    /**
     * Open without a token: probes, docs and the error page on the public port; actuator exists
     * only on the management port, which the gateway never routes.
     */
    static final String[] OPEN_PATHS = { "/livez", "/readyz", "/actuator/**", "/error", "/v3/api-docs",
            "/v3/api-docs/**" };

    private final JwtDecoder decoder;
    private final AuthenticationEntryPoint entryPoint;
    private final AccessDeniedHandler accessDeniedHandler;

    ResourceServerSecurity(JwtDecoder decoder, AuthenticationEntryPoint entryPoint,
            AccessDeniedHandler accessDeniedHandler) {
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
                        .requestMatchers(OPEN_PATHS).permitAll()
                        .requestMatchers("/internal/**").hasAuthority("SCOPE_internal"));
    }
}
