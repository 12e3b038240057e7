package io.cmr.orderstatus.notification.dispatch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is dispatched.
 *
 * @param enabled whether this instance dispatches at all
 * @param pollInterval the pause between two looks for due items
 * @param batch the most items one look sends
 * @param senders the threads sending at once
 * @param lease how long a claimed item is this instance's; after that another instance retakes it
 * @param maxTries sending attempts before an item is DEAD
 * @param firstBackoff the wait after the first failure; it doubles with each further one
 * @param maxBackoff the longest wait between two attempts
 * @param jitter how much a wait randomly differs, as a fraction of it (0 to below 1)
 */
@ConfigurationProperties("cmr.notifications.dispatch")
public record DispatchSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("200") int batch,
        @DefaultValue("4") int senders,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("6") int maxTries,
        @DefaultValue("30s") Duration firstBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("0.3") double jitter) {

    /** The wait before the next attempt after {@code failures} failures, with {@code random} in [0, 1). */
    public Duration backoff(int failures, double random) {
        double exponential = firstBackoff.toMillis() * Math.pow(2, Math.max(0, failures - 1));
        double capped = Math.min(exponential, maxBackoff.toMillis());
        return Duration.ofMillis(Math.round(capped * (1 - jitter + 2 * jitter * random)));
    }
}
