package io.cmr.preference.preference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cmr.preference.topic.Channel;
import io.cmr.preference.topic.Topic;

/** A customer's preferences as in force: a choice for every topic of the catalog. */
record PreferencesResponse(String customerId, String timezone, QuietHours quietHours, boolean paused,
        List<TopicPreference> topics, long version) {

    static PreferencesResponse of(Preferences preferences, Map<String, Topic> catalog) {
        List<TopicPreference> topics = catalog.values().stream()
                .map(topic -> TopicPreference.of(topic, PreferenceRules.effective(topic, preferences))).toList();
        return new PreferencesResponse(preferences.customerId(), preferences.timezone(), preferences.quietHours(),
                preferences.paused(), topics, preferences.version());
    }

    record TopicPreference(String topicId, boolean mandatory, List<Channel> channels,
            Map<Channel, String> contactPoints, boolean urgent, DeliveryMode deliveryMode, String digestTime) {

        static TopicPreference of(Topic topic, TopicChoice choice) {
            Map<Channel, String> contacts = new LinkedHashMap<>();
            choice.contactPoints().forEach(contact -> contacts.put(contact.channel(), contact.contactPointId()));
            return new TopicPreference(topic.id(), topic.mandatory(), choice.channels(), contacts, choice.urgent(),
                    choice.deliveryMode(), choice.digestTime());
        }
    }
}
