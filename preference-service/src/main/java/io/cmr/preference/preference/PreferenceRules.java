package io.cmr.preference.preference;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cmr.platform.problem.FieldProblem;
import io.cmr.preference.consent.ConsentChange;
import io.cmr.preference.topic.Channel;
import io.cmr.preference.topic.Topic;

/** What a valid set of preferences is, and what a change of them changes; no Spring, no store. */
public final class PreferenceRules {

    static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";
    /** Channels that reach the customer through the app, with no address to choose. */
    private static final Set<Channel> WITHOUT_CONTACT_POINT = EnumSet.of(Channel.PUSH, Channel.IN_APP);

    private PreferenceRules() {
    }

    /** The choice in force for a topic: the customer's if they made one, else the catalog's default. */
    public static TopicChoice effective(Topic topic, Preferences preferences) {
        return preferences.choice(topic.id()).orElseGet(() -> defaultChoice(topic));
    }

    static TopicChoice defaultChoice(Topic topic) {
        return new TopicChoice(topic.id(), topic.defaultChannels(), List.of(), false, DeliveryMode.IMMEDIATE, null);
    }

    /** {@code preferences} with a choice for every catalog topic: what the customer sees is what is kept. */
    static Preferences complete(Preferences preferences, Map<String, Topic> catalog) {
        List<TopicChoice> topics = new ArrayList<>(preferences.topics());
        catalog.values().stream().filter(topic -> preferences.choice(topic.id()).isEmpty())
                .map(PreferenceRules::defaultChoice).forEach(topics::add);
        return new Preferences(preferences.customerId(), preferences.timezone(), preferences.quietHours(),
                preferences.paused(), List.copyOf(topics), preferences.version(), preferences.createdAt(),
                preferences.updatedAt());
    }

    /** {@code preferences} with {@code channel} off for {@code topic}, every other choice as it was. */
    public static Preferences withoutChannel(Preferences preferences, Topic topic, Channel channel) {
        TopicChoice was = effective(topic, preferences);
        TopicChoice is = new TopicChoice(was.topicId(),
                was.channels().stream().filter(chosen -> chosen != channel).toList(),
                was.contactPoints().stream().filter(contact -> contact.channel() != channel).toList(),
                was.urgent(), was.deliveryMode(), was.digestTime());
        List<TopicChoice> topics = new ArrayList<>(List.of(is));
        preferences.topics().stream().filter(choice -> !choice.topicId().equals(topic.id())).forEach(topics::add);
        return new Preferences(preferences.customerId(), preferences.timezone(), preferences.quietHours(),
                preferences.paused(), List.copyOf(topics), preferences.version(), preferences.createdAt(),
                preferences.updatedAt());
    }

    /** Problems that make the document invalid whatever the topic's rules (400). */
    static List<FieldProblem> invalid(Preferences preferences, Map<String, Topic> catalog) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            ZoneId.of(preferences.timezone());
        }
        catch (DateTimeException ex) {
            problems.add(new FieldProblem("timezone", "is not a known timezone such as Europe/Paris"));
        }
        QuietHours quiet = preferences.quietHours();
        if (quiet != null && quiet.start() != null && quiet.start().equals(quiet.end())) {
            problems.add(new FieldProblem("quietHours", "start and end must differ"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < preferences.topics().size(); i++) {
            TopicChoice choice = preferences.topics().get(i);
            String at = "topics[" + i + "].";
            Topic topic = catalog.get(choice.topicId());
            if (!seen.add(choice.topicId())) {
                problems.add(new FieldProblem(at + "topicId", choice.topicId() + " appears more than once"));
            }
            if (topic == null) {
                problems.add(new FieldProblem(at + "topicId", "there is no topic " + choice.topicId()));
                continue;
            }
            Set<Channel> channels = new LinkedHashSet<>();
            for (Channel channel : choice.channels()) {
                if (!channels.add(channel)) {
                    problems.add(new FieldProblem(at + "channels", channel + " appears more than once"));
                }
                if (!topic.allowedChannels().contains(channel)) {
                    problems.add(new FieldProblem(at + "channels", channel + " is not allowed for " + topic.id()
                            + " (allowed: " + topic.allowedChannels() + ")"));
                }
            }
            for (ContactChoice contact : choice.contactPoints()) {
                String field = at + "contactPoints." + contact.channel();
                if (WITHOUT_CONTACT_POINT.contains(contact.channel())) {
                    problems.add(new FieldProblem(field, contact.channel() + " takes no contact point"));
                }
                else if (!channels.contains(contact.channel())) {
                    problems.add(new FieldProblem(field, contact.channel() + " is not one of the chosen channels"));
                }
                if (contact.contactPointId() == null || contact.contactPointId().isBlank()) {
                    problems.add(new FieldProblem(field, "must not be blank"));
                }
            }
            if (choice.deliveryMode() == DeliveryMode.DAILY_DIGEST && choice.digestTime() == null) {
                problems.add(new FieldProblem(at + "digestTime", "is needed for DAILY_DIGEST"));
            }
            if (choice.deliveryMode() == DeliveryMode.IMMEDIATE && choice.digestTime() != null) {
                problems.add(new FieldProblem(at + "digestTime", "only goes with DAILY_DIGEST"));
            }
        }
        return problems;
    }

    /** Choices the document is well-formed for but a topic's rule forbids (422). */
    static List<FieldProblem> forbidden(Preferences preferences, Map<String, Topic> catalog) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < preferences.topics().size(); i++) {
            TopicChoice choice = preferences.topics().get(i);
            Topic topic = catalog.get(choice.topicId());
            if (topic != null && topic.mandatory() && choice.channels().isEmpty()) {
                problems.add(new FieldProblem("topics[" + i + "].channels",
                        topic.id() + " is mandatory: at least one channel must stay on"));
            }
        }
        return problems;
    }

    /** Each topic-channel that is on in one and off in the other, as the consent ledger records it. */
    public static List<ConsentChange> changes(Preferences before, Preferences after, Map<String, Topic> catalog) {
        List<ConsentChange> changes = new ArrayList<>();
        for (Topic topic : catalog.values()) {
            List<Channel> was = effective(topic, before).channels();
            List<Channel> is = effective(topic, after).channels();
            for (Channel channel : Channel.values()) {
                if (was.contains(channel) != is.contains(channel)) {
                    changes.add(new ConsentChange(topic.id(), channel, was.contains(channel), is.contains(channel),
                            topic.version()));
                }
            }
        }
        return changes;
    }
}
