package io.cmr.orderstatus.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Partner webhooks' settings.
 *
 * @param maxAttempts tries before a delivery is DEAD
 * @param firstRetry the pause after the first failure; it doubles at each failure, with jitter, up to {@code maxRetry}
 * @param connectTimeout how long to wait for the partner's server to accept the connection
 * @param timeout how long to wait for the whole answer
 * @param lease how long an instance holds a delivery it is sending; a crashed one's is retaken after it
 * @param dispatchEvery how often an instance looks for deliveries due
 * @param maxSubscriptions subscriptions per client
 * @param allowLoopbackHttp accept {@code http://} URLs on loopback (local runs and tests only: on a server it would let a
 *        partner reach the server's own ports)
 */
@ConfigurationProperties("cmr.order-status.webhooks")
public record WebhookSettings(
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("10s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("1m") Duration lease,
        @DefaultValue("2s") Duration dispatchEvery,
        @DefaultValue("20") int maxSubscriptions,
        @DefaultValue("false") boolean allowLoopbackHttp) {
}
