package io.cmr.preference.preference;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A customer's saved preferences, one document per customer. Once saved it holds a choice for
 * every topic the catalog had then, so later catalog changes never change what the customer chose.
 *
 * @param version increases with every change; it is the ETag
 */
public record Preferences(
        @BsonId String customerId,
        String timezone,
        QuietHours quietHours,
        boolean paused,
        List<TopicChoice> topics,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static final String DEFAULT_TIMEZONE = "Europe/Paris";

    /** What a customer who never saved anything has: version 0, nothing stored. */
    public static Preferences none(String customerId) {
        return new Preferences(customerId, DEFAULT_TIMEZONE, null, false, List.of(), 0, null, null);
    }

    public Optional<TopicChoice> choice(String topicId) {
        return topics.stream().filter(choice -> choice.topicId().equals(topicId)).findFirst();
    }
}
