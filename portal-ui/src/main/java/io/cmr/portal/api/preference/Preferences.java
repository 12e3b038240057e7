package io.cmr.portal.api.preference;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The customer's preferences as in force: a choice for every topic of the catalog, with the ETag
 * of their version (from the answer's header) that a change must name.
 */
public record Preferences(String customerId, String timezone, QuietHours quietHours, boolean paused,
        List<TopicChoice> topics, long version, @JsonIgnore String etag) {

    /** Local times, HH:mm, between which nothing that is not urgent is sent; may cross midnight. */
    public record QuietHours(String start, String end) {
    }

    /**
     * @param channels the channels chosen, among the topic's allowed ones
     * @param contactPoints the contact point id chosen per channel, when not the primary one
     * @param deliveryMode IMMEDIATE or DAILY_DIGEST
     * @param digestTime local HH:mm of the daily digest
     */
    public record TopicChoice(String topicId, boolean mandatory, List<String> channels,
            Map<String, String> contactPoints, boolean urgent, String deliveryMode, String digestTime) {
    }

    Preferences withEtag(String etag) {
        return new Preferences(customerId, timezone, quietHours, paused, topics, version, etag);
    }
}
