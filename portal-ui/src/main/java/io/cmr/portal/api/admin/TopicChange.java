package io.cmr.portal.api.admin;

import java.util.List;

import io.cmr.portal.api.preference.Topic;

/** A topic as an admin writes it; {@code id} is left out (null) when replacing, the path names it. */
public record TopicChange(String id, Topic.Text name, Topic.Text description, String category,
        List<String> allowedChannels, List<String> defaultChannels, boolean mandatory) {
}
