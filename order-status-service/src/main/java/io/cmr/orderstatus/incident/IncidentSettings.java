package io.cmr.orderstatus.incident;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Incident fan-out settings.
 *
 * @param batchSize customers per call to the outbox
 * @param lease how long an instance holds a fan-out between two batches; a crashed one's is retaken after it
 * @param resumeEvery how often an instance looks for fan-outs left unfinished (crash, outbox unavailable)
 */
@ConfigurationProperties("cmr.order-status.incidents")
public record IncidentSettings(
        @DefaultValue("500") int batchSize,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("30s") Duration resumeEvery) {
}
