package io.cmr.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Tells partner developers, in every service's OpenAPI document, that calls need a bearer token. */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class OpenApiAutoConfiguration {

    static final String BEARER = "bearer";

    /** What a partner quotes to support, the same for every service. */
    static final String SUPPORT = """
            Every answer carries `X-Request-Id`: quote it when you contact support. It is yours when you \
            send a sane one (letters, digits, `._:-`, up to 128), ours otherwise. Every answer also carries \
            `traceresponse` (W3C Trace Context): `00-<trace id>-<span id>-<flags>`; the trace id names the \
            whole call in our logs too. Send a valid W3C `traceparent` and your trace id is kept (and your \
            sampling decision followed), so that our part of a call joins your trace; an invalid one is \
            ignored and a new trace begins.""";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI cmrOpenApi(Environment environment) {
        return new OpenAPI()
                .info(new Info().title("CMR " + environment.getProperty("spring.application.name", "service") + " API")
                        .version("v1").description(SUPPORT))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An access token from Keycloak realm 'cmr', audience 'cmr-api'.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
