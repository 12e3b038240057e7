package io.cmr.portal.api;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedTimeLimiterMetrics;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Breaker states, retries and timeouts of the API calls as metrics. Resilience4j's Spring Boot 3
 * module would publish them itself, but it looks for Spring Boot 3's metrics configuration, which
 * Spring Boot 4 has moved, so it never sees the meter registry.
 */
@Configuration(proxyBeanMethods = false)
class ResilienceMetrics {

    @Bean
    MeterBinder circuitBreakerMetrics(CircuitBreakerRegistry circuitBreakers) {
        return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuitBreakers);
    }

    @Bean
    MeterBinder retryMetrics(RetryRegistry retries) {
        return TaggedRetryMetrics.ofRetryRegistry(retries);
    }

    @Bean
    MeterBinder timeLimiterMetrics(TimeLimiterRegistry timeLimiters) {
        return TaggedTimeLimiterMetrics.ofTimeLimiterRegistry(timeLimiters);
    }
}
