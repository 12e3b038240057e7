package io.cmr.platform.servlet;

import java.time.Duration;

import io.cmr.platform.security.AuthenticationProblems;
import io.cmr.platform.security.TokenAutoConfiguration;
import io.cmr.platform.security.TokenProperties;
import io.cmr.platform.security.TokenRules;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every servlet API is a resource server that checks CMR tokens itself. Only apps that bring
 * Spring's resource server get this: the portal, which logs browsers in, does not.
 */
@AutoConfiguration(after = { TokenAutoConfiguration.class, ServletProblemAutoConfiguration.class }, before = {
        ServletWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(BearerTokenAuthenticationEntryPoint.class)
public class ServletSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(TokenProperties properties) {
        // Keys are fetched lazily and cached; a slow Keycloak must not hold request threads for long.
        SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(Duration.ofSeconds(2));
        requestFactory.setReadTimeout(Duration.ofSeconds(5));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.effectiveJwkSetUri())
                .restOperations(new RestTemplate(requestFactory))
                .build();
        decoder.setJwtValidator(TokenRules.validator(properties));
        return decoder;
    }

    /** 401 and 403 as problems, keeping the RFC 6750 {@code WWW-Authenticate} header Spring's handlers set. */
    @Bean
    ResourceServerSecurity resourceServerSecurity(JwtDecoder decoder, JsonMapper json) {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
        return new ResourceServerSecurity(decoder, (request, response, failure) -> {
            bearer.commence(request, response, failure);
            ProblemWriter.write(json, response, AuthenticationProblems.unauthorized(failure));
        }, (request, response, failure) -> {
            denied.handle(request, response, failure);
            ProblemWriter.write(json, response, AuthenticationProblems.forbidden());
        });
    }

    /** For services with no path rules of their own yet: any valid token will do. */
    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain defaultServiceSecurity(HttpSecurity http, ResourceServerSecurity resourceServer) {
        return resourceServer.apply(http)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .build();
    }
}
