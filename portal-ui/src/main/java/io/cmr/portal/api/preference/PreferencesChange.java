package io.cmr.portal.api.preference;

import java.util.List;
import java.util.Map;

/** The whole of the customer's preferences, as {@code PUT /api/v1/preferences/me} replaces them. */
public record PreferencesChange(String timezone, Preferences.QuietHours quietHours, boolean paused,
        List<Choice> topics) {

    public record Choice(String topicId, List<String> channels, Map<String, String> contactPoints, boolean urgent,
            String deliveryMode, String digestTime) {
    }
}
