package io.cmr.portal.api.notifications;

import java.time.Instant;
import java.util.List;

/**
 * A notice about an order and, per channel, what became of it and why.
 *
 * @param state PENDING while the customer's preferences are being consulted, then PLANNED
 */
public record OrderNotice(String noticeKey, String topicId, String kind, String incidentId, Instant occurredAt,
        String state, List<ChannelOutcome> channels) {

    /**
     * @param channel EMAIL, SMS, IN_APP...; null when the whole notice was held back before any channel was chosen
     * @param outcome SENT, DELAYED, SUPPRESSED, FAILED (will be tried again), DEAD (given up), SENDING or DUE
     * @param until for DELAYED, when it goes; for FAILED, the next try
     * @param rule for DELAYED: QUIET_HOURS or DAILY_DIGEST
     * @param reason for SUPPRESSED: OPTED_OUT, PAUSED, NO_VERIFIED_CONTACT_POINT, CHANNEL_NOT_OFFERED...
     */
    public record ChannelOutcome(String channel, String outcome, Instant sentAt, String sentTo, Instant until,
            String rule, String reason, int attempts) {
    }
}
