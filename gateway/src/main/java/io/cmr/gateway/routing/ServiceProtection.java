package io.cmr.gateway.routing;

import java.time.Duration;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.util.unit.DataSize;

/**
 * How the gateway spares a struggling service and its callers: a time limit per request (per
 * route where one is named), a circuit breaker per service that answers 503 at once while the
 * service is down, a few quick retries of idempotent reads, and a cap on declared body sizes.
 * Resilience4j's own defaults (1 s limit, 100 calls before a breaker may open) would not fit.
 */
@ConfigurationProperties("cmr.gateway.protection")
record ServiceProtection(
        @DefaultValue("10s") Duration timeout,
        Map<String, Duration> timeouts,
        @DefaultValue("20") int breakerWindow,
        @DefaultValue("10") int breakerMinimumCalls,
        @DefaultValue("50") float breakerFailureRate,
        @DefaultValue("10s") Duration breakerOpenFor,
        @DefaultValue("2") int readRetries,
        @DefaultValue("2MB") DataSize maxRequestBody) {

    ServiceProtection {
        timeouts = timeouts == null ? Map.of() : Map.copyOf(timeouts);
    }

    Duration timeoutOf(String routeId) {
        return timeouts.getOrDefault(routeId, timeout);
    }

    Customizer<ReactiveResilience4JCircuitBreakerFactory> breakers() {
        return factory -> factory.configureDefault(routeId -> new Resilience4JConfigBuilder(routeId)
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowType(SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(breakerWindow)
                        .minimumNumberOfCalls(breakerMinimumCalls)
                        .failureRateThreshold(breakerFailureRate)
                        .waitDurationInOpenState(breakerOpenFor)
                        .permittedNumberOfCallsInHalfOpenState(2)
                        .build())
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(timeoutOf(routeId)).build())
                .build());
    }
}
