package io.cmr.platform.reactive;

import java.time.Clock;
import java.time.Duration;

import io.cmr.platform.security.TokenAutoConfiguration;
import io.cmr.platform.security.TokenProperties;
import io.cmr.platform.security.TokenRules;
import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

import tools.jackson.databind.json.JsonMapper;

/** What a reactive app (the gateway) shares with the servlet services: request ids, problems and the token rules. */
@AutoConfiguration(after = TokenAutoConfiguration.class, before = ReactiveOAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.REACTIVE)
public class ReactivePlatformAutoConfiguration {

    @Bean
    RequestIdFilter requestIdFilter() {
        return new RequestIdFilter();
    }

    @Bean
    TraceResponseFilter traceResponseFilter() {
        return new TraceResponseFilter();
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ReactiveJwtDecoder.class)
    static class ResourceServer {

        @Bean
        @ConditionalOnMissingBean
        ReactiveJwtDecoder jwtDecoder(TokenProperties properties) {
            // A slow Keycloak must not hold requests for long; keys are cached between fetches.
            HttpClient keycloak = HttpClient.create()
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2000)
                    .responseTimeout(Duration.ofSeconds(5));
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.effectiveJwkSetUri())
                    .webClient(WebClient.builder().clientConnector(new ReactorClientHttpConnector(keycloak)).build())
                    .build();
            decoder.setJwtValidator(TokenRules.validator(properties));
            // The same token comes back on every call of a client: its RSA check is paid once per token.
            return new CachingJwtDecoder(decoder, Clock.systemUTC(), ReactiveResourceServerSecurity.MAXIMUM_TOKENS);
        }

        @Bean
        ReactiveResourceServerSecurity reactiveResourceServerSecurity(ReactiveJwtDecoder decoder,
                ProblemResponses problems) {
            return new ReactiveResourceServerSecurity(decoder, problems);
        }
    }
}
