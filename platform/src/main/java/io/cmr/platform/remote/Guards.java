package io.cmr.platform.remote;

import java.time.Duration;

import feign.FeignException;
import feign.RetryableException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

/** The Resilience4j instances of one client, named after it, built from its settings alone. */
record Guards(Bulkhead bulkhead, TimeLimiter timeLimiter, Retry retry, CircuitBreaker breaker) {

    record Registries(BulkheadRegistry bulkheads, TimeLimiterRegistry timeLimiters, RetryRegistry retries,
            CircuitBreakerRegistry breakers) {
    }

    static Guards of(String name, RemoteProperties.Client settings, Registries registries) {
        RemoteProperties.Retry retry = settings.retry();
        RemoteProperties.Breaker breaker = settings.breaker();
        return new Guards(
                registries.bulkheads().bulkhead(name, BulkheadConfig.custom()
                        .maxConcurrentCalls(settings.bulkhead().maxConcurrentCalls())
                        // Refused at once: waiting for a slot would only spend the caller's time limit.
                        .maxWaitDuration(Duration.ZERO)
                        .build()),
                registries.timeLimiters().timeLimiter(name, TimeLimiterConfig.custom()
                        .timeoutDuration(settings.timeLimit())
                        // Interrupts the retry's backoff, so no attempt starts after the caller gave up.
                        .cancelRunningFuture(true)
                        .build()),
                registries.retries().retry(name, RetryConfig.custom()
                        .maxAttempts(retry.maxAttempts())
                        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(retry.firstBackoff(),
                                retry.multiplier(), retry.jitter()))
                        .retryOnException(Guards::isFailure)
                        .build()),
                registries.breakers().circuitBreaker(name, CircuitBreakerConfig.custom()
                        .slidingWindowType(SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(breaker.window())
                        .minimumNumberOfCalls(breaker.minimumCalls())
                        .failureRateThreshold(breaker.failureRate())
                        .waitDurationInOpenState(breaker.openFor())
                        .permittedNumberOfCallsInHalfOpenState(breaker.trialCalls())
                        .recordException(Guards::isFailure)
                        .build()));
    }

    /**
     * Network errors, timeouts of an attempt and 5xx: the other app is in trouble. A 4xx is an
     * answer, which neither a retry nor the breaker should hold against it, even a 429 that Feign
     * makes "retryable" for its {@code Retry-After}.
     */
    static boolean isFailure(Throwable ex) {
        if (ex instanceof RetryableException retryable) {
            return retryable.status() < 400 || retryable.status() >= 500;
        }
        return ex instanceof FeignException.FeignServerException;
    }
}
