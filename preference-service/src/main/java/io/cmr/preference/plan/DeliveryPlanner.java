package io.cmr.preference.plan;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import io.cmr.preference.preference.DeliveryMode;
import io.cmr.preference.preference.PreferenceRules;
import io.cmr.preference.preference.Preferences;
import io.cmr.preference.preference.QuietHours;
import io.cmr.preference.preference.TopicChoice;
import io.cmr.preference.topic.Channel;
import io.cmr.preference.topic.Topic;

/**
 * How and when one customer hears about a topic at a given instant. Pure: the same inputs always
 * give the same plan, whatever the machine's timezone.
 *
 * <p>Local times that a daylight-saving change skips are moved forward by the length of the gap
 * (02:30 on the spring-forward night in Paris is sent at 03:30), as {@link ZonedDateTime#of} does;
 * a local time that occurs twice is taken at its first occurrence.
 */
public final class DeliveryPlanner {

    private DeliveryPlanner() {
    }

    public static Plan plan(Topic topic, Preferences preferences, Instant now) {
        TopicChoice choice = PreferenceRules.effective(topic, preferences);
        List<Channel> channels = choice.channels().stream().filter(topic.allowedChannels()::contains).toList();
        if (channels.isEmpty() && topic.mandatory()) {
            // The topic became mandatory after the customer turned it off: it cannot go unheard.
            channels = topic.defaultChannels();
        }
        if (channels.isEmpty()) {
            return Plan.suppressed(preferences.customerId(), Reason.OPTED_OUT);
        }
        if (preferences.paused() && !topic.mandatory()) {
            return Plan.suppressed(preferences.customerId(), Reason.PAUSED);
        }
        List<Plan.Target> targets = channels.stream()
                .map(channel -> new Plan.Target(channel, choice.contactPointFor(channel))).toList();
        return Plan.send(preferences.customerId(), targets, sendAt(choice, preferences, now));
    }

    private static Instant sendAt(TopicChoice choice, Preferences preferences, Instant now) {
        ZonedDateTime local = now.atZone(ZoneId.of(preferences.timezone()));
        if (choice.deliveryMode() == DeliveryMode.DAILY_DIGEST) {
            return nextOccurrence(LocalTime.parse(choice.digestTime()), local);
        }
        QuietHours quiet = preferences.quietHours();
        if (quiet == null || choice.urgent()) {
            return now;
        }
        LocalTime start = LocalTime.parse(quiet.start());
        LocalTime end = LocalTime.parse(quiet.end());
        return isQuiet(start, end, local.toLocalTime()) ? nextOccurrence(end, local) : now;
    }

    /** Quiet from start (included) to end (excluded); when start is after end the hours cross midnight. */
    static boolean isQuiet(LocalTime start, LocalTime end, LocalTime time) {
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /** The first instant at or after {@code now} when the local clock shows {@code time}. */
    static Instant nextOccurrence(LocalTime time, ZonedDateTime now) {
        ZonedDateTime today = ZonedDateTime.of(now.toLocalDate(), time, now.getZone());
        return (today.isBefore(now) ? ZonedDateTime.of(now.toLocalDate().plusDays(1), time, now.getZone()) : today)
                .toInstant();
    }

    /** Why nothing is sent. */
    public enum Reason {
        OPTED_OUT, PAUSED
    }

    /**
     * @param sendAt null when suppressed
     * @param reason null unless suppressed
     */
    public record Plan(String customerId, Status status, List<Target> channels, Instant sendAt, Reason reason) {

        static Plan send(String customerId, List<Target> channels, Instant sendAt) {
            return new Plan(customerId, Status.SEND, channels, sendAt, null);
        }

        static Plan suppressed(String customerId, Reason reason) {
            return new Plan(customerId, Status.SUPPRESSED, List.of(), null, reason);
        }

        /** A channel to use, and the contact point the customer chose for it (null: their primary one). */
        public record Target(Channel channel, String contactPointId) {
        }
    }

    public enum Status {
        SEND, SUPPRESSED
    }
}
