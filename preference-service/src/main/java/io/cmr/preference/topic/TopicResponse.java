package io.cmr.preference.topic;

import java.util.List;

/** A catalog entry as the API shows it; {@code version} is also the wording version the ledger records. */
record TopicResponse(String id, LocalizedText name, LocalizedText description, Category category,
        List<Channel> allowedChannels, List<Channel> defaultChannels, boolean mandatory, long version) {

    static TopicResponse of(Topic topic) {
        return new TopicResponse(topic.id(), topic.name(), topic.description(), topic.category(),
                topic.allowedChannels(), topic.defaultChannels(), topic.mandatory(), topic.version());
    }
}
