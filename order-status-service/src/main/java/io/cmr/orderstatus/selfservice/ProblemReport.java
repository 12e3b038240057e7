package io.cmr.orderstatus.selfservice;

import java.time.Instant;

/**
 * A problem a customer reported on an order, as recorded among the coded contacts.
 *
 * @param channel where the customer reported it; {@code PORTAL} for this API
 */
public record ProblemReport(String id, String customerId, String orderId, ProblemReason reason, String text,
        String channel, Instant reportedAt) {
}
