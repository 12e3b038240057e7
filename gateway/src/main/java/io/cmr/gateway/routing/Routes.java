package io.cmr.gateway.routing;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The public paths and the app that owns each. Only these are forwarded: anything else under
 * {@code /api} is a 404 here, and {@code /internal/**} and {@code /actuator/**} never leave.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

    static final String[] PROFILE_PATHS = { "/api/v1/profile", "/api/v1/profile/**" };
    static final String[] PREFERENCE_PATHS = { "/api/v1/preferences", "/api/v1/preferences/**",
            "/api/v1/topics", "/api/v1/topics/**", "/api/v1/admin/topics", "/api/v1/admin/topics/**",
            "/api/v1/customers/*/preferences", "/api/v1/unsubscribe" };
    static final String[] ORDER_STATUS_PATHS = { "/api/v1/orders", "/api/v1/orders/**",
            "/api/v1/shipments", "/api/v1/shipments/**", "/api/v1/tracking-events", "/api/v1/tracking-events/**",
            "/api/v1/incidents", "/api/v1/incidents/**", "/api/v1/notifications", "/api/v1/notifications/**" };
    /** The gateway's own probes answer at /livez and /readyz. */
    static final String[] NEVER_TO_PORTAL = { "/api/**", "/internal/**", "/actuator/**", "/livez", "/readyz" };

    @Bean
    RouteLocator cmrRoutes(RouteLocatorBuilder builder, RouteTargets targets) {
        return builder.routes()
                .route("profile-service", route -> route.path(PROFILE_PATHS).uri(targets.profileUri()))
                .route("preference-service", route -> route.path(PREFERENCE_PATHS).uri(targets.preferenceUri()))
                .route("order-status-service", route -> route.path(ORDER_STATUS_PATHS).uri(targets.orderStatusUri()))
                .route("portal-ui", route -> route.order(Ordered.LOWEST_PRECEDENCE)
                        .not(paths -> paths.path(NEVER_TO_PORTAL))
                        .uri(targets.portalUri()))
                .build();
    }
}
