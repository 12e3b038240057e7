package io.cmr.preference.topic;

import java.time.Instant;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * Something the company may tell customers about. Its version is also the version of the wording a
 * customer saw when choosing, which the consent ledger keeps.
 *
 * @param defaultChannels the choice of a customer who never chose; empty for opt-in topics
 * @param mandatory at least one channel stays on whatever the customer chooses
 */
public record Topic(
        @BsonId String id,
        LocalizedText name,
        LocalizedText description,
        Category category,
        List<Channel> allowedChannels,
        List<Channel> defaultChannels,
        boolean mandatory,
        long version,
        Instant updatedAt) {
}
