package io.cmr.portal.api.profile;

import java.util.Optional;
import java.util.function.Supplier;

import feign.FeignException;
import io.cmr.platform.correlation.RequestIds;
import io.cmr.portal.security.AccessTokens;
import io.cmr.portal.security.SignInRequiredException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The signed-in customer's profile from the public API, guarded so that a down, failing or slow
 * API costs a page a bounded wait and an apology, never an error. Each attempt goes through the
 * circuit breaker (so failures open it and an open breaker answers at once), is retried with
 * backoff on network errors and 5xx only, and the time limiter bounds the whole, retries included.
 * The instances are configured under {@code resilience4j.*.instances.profile}.
 */
@Component
public class ProfileApi {

    private static final Logger log = LoggerFactory.getLogger(ProfileApi.class);

    private final ProfileClient client;
    private final AccessTokens tokens;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final TimeLimiter timeLimiter;
    private final AsyncTaskExecutor executor;

    ProfileApi(ProfileClient client, AccessTokens tokens, CircuitBreakerRegistry circuitBreakers,
            RetryRegistry retries, TimeLimiterRegistry timeLimiters, AsyncTaskExecutor applicationTaskExecutor) {
        this.client = client;
        this.tokens = tokens;
        this.circuitBreaker = circuitBreakers.circuitBreaker(ProfileClient.NAME);
        this.retry = retries.retry(ProfileClient.NAME);
        this.timeLimiter = timeLimiters.timeLimiter(ProfileClient.NAME);
        this.executor = applicationTaskExecutor;
    }

    /**
     * @return the profile, or empty when the API cannot give it right now
     * @throws SignInRequiredException when the API refuses the user's token
     */
    public Optional<Profile> mine() {
        String authorization = tokens.bearerOfCurrentUser();
        String requestId = MDC.get(RequestIds.MDC_KEY);
        Supplier<Profile> guarded = Retry.decorateSupplier(retry,
                CircuitBreaker.decorateSupplier(circuitBreaker, () -> client.me(authorization, requestId)));
        try {
            // A task future, not a CompletableFuture: cancelling it at the time limit interrupts the
            // retry's backoff, so no attempt starts after the page has given up.
            return Optional.of(timeLimiter.executeFutureSupplier(() -> executor.submit(guarded::get)));
        }
        catch (FeignException.Unauthorized ex) {
            throw new SignInRequiredException("The API refused the access token", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        catch (Exception ex) {
            log.warn("The profile API did not answer usefully: {}", ex.toString());
            return Optional.empty();
        }
    }
}
