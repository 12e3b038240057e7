package io.cmr.platform.remote;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The apps this app calls, by client name ({@code cmr.remote.clients.<name>.*}). Every guard is
 * set here, not left to Resilience4j's defaults, which need 100 calls before a breaker can open
 * and retry at a fixed pace.
 *
 * @param clients the settings of each client, by the name given to {@link RemoteClients#create}
 */
@ConfigurationProperties("cmr.remote")
public record RemoteProperties(Map<String, Client> clients) {

    public RemoteProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    /**
     * @param url where the other app is; no default, it differs in every environment
     * @param connectTimeout per attempt
     * @param readTimeout per attempt, waiting for the answer
     * @param timeLimit the longest a caller waits, retries and backoff included
     * @param retry how idempotent calls are tried again
     * @param breaker when calls stop being tried at all
     * @param bulkhead how many calls may run at once
     */
    public record Client(
            URI url,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("5s") Duration readTimeout,
            @DefaultValue("6s") Duration timeLimit,
            @DefaultValue Retry retry,
            @DefaultValue Breaker breaker,
            @DefaultValue Bulkhead bulkhead) {
    }

    /**
     * Exponential backoff with jitter, so that callers that failed together do not come back together.
     *
     * @param maxAttempts the first attempt included
     * @param firstBackoff the wait before the second attempt
     * @param multiplier how much each later wait grows
     * @param jitter how much a wait may randomly differ, as a fraction of it (0 to below 1)
     */
    public record Retry(
            @DefaultValue("3") int maxAttempts,
            @DefaultValue("200ms") Duration firstBackoff,
            @DefaultValue("2") double multiplier,
            @DefaultValue("0.5") double jitter) {
    }

    /**
     * A count-based window, small enough to open at the traffic a single page or job makes.
     *
     * @param window how many recent calls the failure rate is taken over
     * @param minimumCalls how many calls must be in before the breaker may open
     * @param failureRate the percentage of failed calls that opens it
     * @param openFor how long it stays open before letting trial calls through
     * @param trialCalls how many trial calls decide whether it closes again
     */
    public record Breaker(
            @DefaultValue("10") int window,
            @DefaultValue("5") int minimumCalls,
            @DefaultValue("50") float failureRate,
            @DefaultValue("10s") Duration openFor,
            @DefaultValue("2") int trialCalls) {
    }

    /** @param maxConcurrentCalls more calls than this at once are refused, not queued */
    public record Bulkhead(@DefaultValue("25") int maxConcurrentCalls) {
    }
}
