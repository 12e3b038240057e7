package io.cmr.platform.security;

import java.time.Duration;

import io.cmr.platform.problem.ProblemWriter;
import io.cmr.platform.problem.ServletProblemAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;

/** Every servlet service is a resource server that checks CMR tokens itself. */
@AutoConfiguration(after = { TokenAutoConfiguration.class, ServletProblemAutoConfiguration.class }, before = {
        ServletWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
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

    @Bean
    ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemWriter writer) {
        return new ProblemAuthenticationEntryPoint(writer);
    }

    @Bean
    ProblemAccessDeniedHandler problemAccessDeniedHandler(ProblemWriter writer) {
        return new ProblemAccessDeniedHandler(writer);
    }

    @Bean
    ResourceServerSecurity resourceServerSecurity(JwtDecoder decoder, ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler accessDeniedHandler) {
        return new ResourceServerSecurity(decoder, entryPoint, accessDeniedHandler);
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
