package io.cmr.preference.preference;

import io.cmr.preference.topic.Channel;

/** The contact point (an id from profile-service) a customer wants used for a channel. */
public record ContactChoice(Channel channel, String contactPointId) {
}
