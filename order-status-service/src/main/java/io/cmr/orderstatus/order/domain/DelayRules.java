package io.cmr.orderstatus.order.domain;

import java.time.Duration;

/**
 * The thresholds of delay detection, which admins tune.
 *
 * @param staleAfter how long a shipment on its way may go without a carrier event
 * @param etaTolerance how far past the promised window an ETA may be before it counts as late
 * @param windowGrace how long after the promised window an undelivered order counts as late
 */
public record DelayRules(Duration staleAfter, Duration etaTolerance, Duration windowGrace) {

    public static final DelayRules DEFAULTS = new DelayRules(Duration.ofHours(48), Duration.ZERO, Duration.ZERO);
}
