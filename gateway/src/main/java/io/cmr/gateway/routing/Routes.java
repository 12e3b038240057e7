package io.cmr.gateway.routing;

import java.net.URI;
import java.time.Duration;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.Buildable;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.PredicateSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The public paths and the app that owns each. Only these are forwarded: anything else under
 * {@code /api} is a 404 here, and {@code /internal/**} and {@code /actuator/**} never leave.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

    static final String[] PROFILE_PATHS = { "/api/v1/profile", "/api/v1/profile/**", "/api/v1/customers/*/profile",
            "/api/v1/erasures/*", "/api/v1/customers" };
    static final String[] PREFERENCE_PATHS = { "/api/v1/preferences", "/api/v1/preferences/**",
            "/api/v1/topics", "/api/v1/topics/**", "/api/v1/admin/topics", "/api/v1/admin/topics/**",
            "/api/v1/customers/*/preferences", "/api/v1/unsubscribe" };
    static final String[] ORDER_STATUS_PATHS = { "/api/v1/orders", "/api/v1/orders/**",
            "/api/v1/shipments", "/api/v1/shipments/**", "/api/v1/tracking-events", "/api/v1/tracking-events/**",
            "/api/v1/incidents", "/api/v1/incidents/**", "/api/v1/notifications", "/api/v1/notifications/**",
            "/api/v1/carriers/**", "/api/v1/admin/delay-rules", "/api/v1/admin/delay-rules/**",
            "/api/v1/admin/templates", "/api/v1/admin/templates/**", "/api/v1/webhooks", "/api/v1/webhooks/**",
            "/api/v1/contacts", "/api/v1/contacts/**", "/api/v1/contact-reasons", "/api/v1/admin/contact-reasons",
            "/api/v1/admin/contact-reasons/**", "/api/v1/admin/contact-reports/**", "/api/v1/admin/contact-eliminations" };
    /** The gateway's own probes answer at /livez and /readyz, its Swagger UI at /swagger-ui.html. */
    static final String[] NEVER_TO_PORTAL = { "/api/**", "/internal/**", "/actuator/**", "/livez", "/readyz",
            "/docs/**", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**" };

    @Bean
    RouteLocator cmrRoutes(RouteLocatorBuilder builder, RouteTargets targets, ServiceProtection protection) {
        return builder.routes()
                .route("profile-service", route -> route.path(PROFILE_PATHS)
                        .filters(filters -> guarded(filters, "profile-service", protection))
                        .uri(targets.profileUri()))
                .route("preference-service", route -> route.path(PREFERENCE_PATHS)
                        .filters(filters -> guarded(filters, "preference-service", protection))
                        .uri(targets.preferenceUri()))
                .route("order-status-service", route -> route.path(ORDER_STATUS_PATHS)
                        .filters(filters -> guarded(filters, "order-status-service", protection))
                        .uri(targets.orderStatusUri()))
                .route("profile-docs", route -> docs(route, "profile-service", targets.profileUri()))
                .route("preference-docs", route -> docs(route, "preference-service", targets.preferenceUri()))
                .route("order-status-docs", route -> docs(route, "order-status-service", targets.orderStatusUri()))
                .route("portal-ui", route -> route.order(Ordered.LOWEST_PRECEDENCE)
                        .not(paths -> paths.path(NEVER_TO_PORTAL))
                        .filters(filters -> guarded(filters, "portal-ui", protection))
                        .uri(targets.portalUri()))
                .build();
    }

    /**
     * A service's OpenAPI document at {@code /docs/<service>}, for the gateway's Swagger UI. The service
     * names the gateway as its server (it believes the gateway's forwarded headers), so "Try it out"
     * goes through the gateway like any partner call.
     */
    private static Buildable<Route> docs(PredicateSpec route, String service, URI target) {
        return route.path("/docs/" + service)
                .filters(filters -> filters.setPath("/v3/api-docs"))
                .uri(target);
    }

    /** Retries inside the breaker, so that a retried read counts once; only reads are ever sent twice. */
    private static GatewayFilterSpec guarded(GatewayFilterSpec filters, String service, ServiceProtection protection) {
        return filters
                .circuitBreaker(breaker -> breaker.setName(service))
                .retry(retry -> retry.setRetries(protection.readRetries())
                        .setMethods(HttpMethod.GET, HttpMethod.HEAD)
                        .setSeries(HttpStatus.Series.SERVER_ERROR)
                        .setBackoff(Duration.ofMillis(50), Duration.ofMillis(500), 2, true));
    }

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceBreakers(ServiceProtection protection) {
        return protection.breakers();
    }
}
