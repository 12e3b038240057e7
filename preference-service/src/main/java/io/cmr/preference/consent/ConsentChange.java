package io.cmr.preference.consent;

import io.cmr.preference.topic.Channel;

/** One topic-channel switched on or off, and the version of the topic's wording the customer saw. */
public record ConsentChange(String topicId, Channel channel, boolean before, boolean after, long wordingVersion) {
}
