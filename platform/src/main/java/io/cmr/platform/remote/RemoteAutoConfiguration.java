package io.cmr.platform.remote;

import feign.Feign;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedTimeLimiterMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.thread.Threading;
import org.springframework.cloud.openfeign.FeignAutoConfiguration;
import org.springframework.cloud.openfeign.FeignClientBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/** {@link RemoteClients} for apps that bring OpenFeign and Resilience4j; the others get nothing. */
@AutoConfiguration(after = FeignAutoConfiguration.class)
@ConditionalOnClass({ Feign.class, FeignClientBuilder.class, Bulkhead.class, TimeLimiter.class, Retry.class,
        CircuitBreaker.class })
@EnableConfigurationProperties(RemoteProperties.class)
public class RemoteAutoConfiguration {

    @Bean
    RemoteClients remoteClients(ApplicationContext context, RemoteProperties properties, BulkheadRegistry bulkheads,
            TimeLimiterRegistry timeLimiters, RetryRegistry retries, CircuitBreakerRegistry breakers,
            Environment environment, ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        // Without tracing (a test slice), calls carry no trace rather than failing.
        CallTrace trace = new CallTrace(tracer.getIfAvailable(() -> Tracer.NOOP),
                propagator.getIfAvailable(() -> Propagator.NOOP));
        return new RemoteClients(new FeignClientBuilder(context), properties,
                new Guards.Registries(bulkheads, timeLimiters, retries, breakers), executor(environment), trace);
    }

    /** Each instance gets its configuration from its client's settings, never the registry's defaults. */
    @Bean
    @ConditionalOnMissingBean
    BulkheadRegistry bulkheadRegistry() {
        return BulkheadRegistry.ofDefaults();
    }

    @Bean
    @ConditionalOnMissingBean
    TimeLimiterRegistry timeLimiterRegistry() {
        return TimeLimiterRegistry.ofDefaults();
    }

    @Bean
    @ConditionalOnMissingBean
    RetryRegistry retryRegistry() {
        return RetryRegistry.ofDefaults();
    }

    @Bean
    @ConditionalOnMissingBean
    CircuitBreakerRegistry circuitBreakerRegistry() {
        return CircuitBreakerRegistry.ofDefaults();
    }

    /** A thread per call (virtual when the app runs on them): the bulkheads bound how many. */
    private static SimpleAsyncTaskExecutor executor(Environment environment) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("remote-call-");
        executor.setVirtualThreads(Threading.VIRTUAL.isActive(environment));
        // A call stuck in a read must not keep the JVM from stopping.
        executor.setDaemon(true);
        return executor;
    }

    /** Breaker states, retries, timeouts and bulkhead slots as {@code resilience4j_*} metrics. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ TaggedCircuitBreakerMetrics.class, MeterBinder.class })
    static class Metrics {

        @Bean
        MeterBinder remoteBulkheadMetrics(BulkheadRegistry bulkheads) {
            return TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads);
        }

        @Bean
        MeterBinder remoteTimeLimiterMetrics(TimeLimiterRegistry timeLimiters) {
            return TaggedTimeLimiterMetrics.ofTimeLimiterRegistry(timeLimiters);
        }

        @Bean
        MeterBinder remoteRetryMetrics(RetryRegistry retries) {
            return TaggedRetryMetrics.ofRetryRegistry(retries);
        }

        @Bean
        MeterBinder remoteCircuitBreakerMetrics(CircuitBreakerRegistry breakers) {
            return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers);
        }
    }
}
