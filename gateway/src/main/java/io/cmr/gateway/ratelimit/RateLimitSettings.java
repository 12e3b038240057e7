package io.cmr.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests each caller may make. A client named in {@code clients} gets its own limit on
 * every route; otherwise a route named in {@code routes} (by route id: profile-service, ...) sets it;
 * otherwise {@code authenticated} for a token's client, {@code anonymous} for a caller without one
 * (counted by address). The buckets live in this gateway's memory unless {@code redis.uri} names a
 * Redis that several replicas share.
 */
@ConfigurationProperties("cmr.gateway.rate-limits")
record RateLimitSettings(
        @DefaultValue("true") boolean enabled,
        Limit authenticated,
        Limit anonymous,
        Map<String, Limit> clients,
        Map<String, Limit> routes,
        Redis redis) {

    RateLimitSettings {
        redis = redis != null ? redis : new Redis(null, null);
        authenticated = authenticated != null ? authenticated : new Limit(1200, Duration.ofMinutes(1));
        anonymous = anonymous != null ? anonymous : new Limit(300, Duration.ofMinutes(1));
        clients = clients == null ? Map.of() : Map.copyOf(clients);
        routes = routes == null ? Map.of() : Map.copyOf(routes);
    }

    /**
     * @param uri {@code redis://[:password@]host:port[/database]} ({@code rediss://} for TLS); none keeps the buckets in memory
     * @param timeout how long a request may wait for Redis before this replica counts it alone
     */
    record Redis(String uri, Duration timeout) {

        Redis {
            uri = uri == null || uri.isBlank() ? null : uri;
            timeout = timeout != null ? timeout : Duration.ofMillis(200);
        }
    }

    /** @param requests how many requests a caller may make in each {@code per}, all at once if it likes */
    record Limit(int requests, Duration per) {

        Limit {
            if (requests < 1 || per == null || per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("A rate limit needs at least 1 request per a positive duration");
            }
        }
    }
}
