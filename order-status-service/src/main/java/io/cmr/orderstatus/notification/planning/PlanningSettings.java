package io.cmr.orderstatus.notification.planning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How pending notices are planned through preference-service.
 *
 * @param every the pause between two planning runs; a run plans everything pending
 * @param round how many pending notices one read takes
 * @param batch customers per delivery-plan call (preference-service takes at most 1,000)
 * @param lease how long one instance plans before another may take over
 * @param parallelism batches planned at once, so that waiting for preference-service and writing overlap
 */
@ConfigurationProperties("cmr.notifications.planning")
public record PlanningSettings(
        @DefaultValue("1s") Duration every,
        @DefaultValue("5000") int round,
        @DefaultValue("1000") int batch,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("3") int parallelism) {
}
