package io.cmr.portal.api.support;

import java.time.Instant;
import java.util.List;

/**
 * A notice about an order and, per channel, what became of it and why ("why did they (not) get this?").
 *
 * @param state PENDING while the customer's preferences are consulted, then PLANNED
 */
public record Notice(String noticeKey, String topicId, String kind, String incidentId, Instant occurredAt, String state,
        List<ChannelOutcome> channels) {

    /**
     * @param channel null when the whole notice was suppressed before any channel was chosen
     * @param outcome SENT, DELAYED, SUPPRESSED, FAILED, DEAD, SENDING or DUE
     * @param until for DELAYED: when it goes; for FAILED: the next try
     * @param rule for DELAYED: QUIET_HOURS or DAILY_DIGEST
     * @param reason for SUPPRESSED: OPTED_OUT, PAUSED, NO_VERIFIED_CONTACT_POINT ...
     * @param channelAnswer for FAILED and DEAD: what the channel answered
     */
    public record ChannelOutcome(String channel, String outcome, Instant sentAt, String sentTo, Instant until,
            String rule, String reason, String channelAnswer, int attempts, long preferenceVersion,
            String consentEntryId, Instant consentAt, String consentBy) {
    }
}
