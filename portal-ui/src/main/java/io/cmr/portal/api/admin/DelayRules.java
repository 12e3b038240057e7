package io.cmr.portal.api.admin;

import java.time.Duration;

/**
 * When order-status-service calls an order at risk or late.
 *
 * @param staleAfter how long a shipment on its way may go without a carrier event
 * @param etaTolerance how far past the promised window an ETA may be
 * @param windowGrace how long after the promised window an undelivered order is late
 */
public record DelayRules(Duration staleAfter, Duration etaTolerance, Duration windowGrace) {
}
