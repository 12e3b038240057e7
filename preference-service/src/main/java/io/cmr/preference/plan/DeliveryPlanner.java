package io.cmr.preference.plan;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cmr.preference.contact.ContactPoint;
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

    /**
     * @param verified the customer's verified contact points as profile-service knows them; null when
     *        profile-service does not know the customer
     */
    public static Plan plan(Topic topic, Preferences preferences, List<ContactPoint> verified, Instant now) {
        if (verified == null) {
            return Plan.suppressed(preferences.customerId(), Reason.UNKNOWN_CUSTOMER, List.of());
        }
        TopicChoice choice = PreferenceRules.effective(topic, preferences);
        List<Channel> channels = choice.channels().stream().filter(topic.allowedChannels()::contains).toList();
        if (channels.isEmpty() && topic.mandatory()) {
            // The topic became mandatory after the customer turned it off: it cannot go unheard.
            channels = topic.defaultChannels();
        }
        if (channels.isEmpty()) {
            return Plan.suppressed(preferences.customerId(), Reason.OPTED_OUT, List.of());
        }
        if (preferences.paused() && !topic.mandatory()) {
            return Plan.suppressed(preferences.customerId(), Reason.PAUSED, List.of());
        }
        List<Plan.Target> targets = new ArrayList<>();
        List<Plan.Dropped> dropped = new ArrayList<>();
        for (Channel channel : channels) {
            Optional<String> type = contactType(channel);
            if (type.isEmpty()) {
                targets.add(new Plan.Target(channel, null, null));
                continue;
            }
            contactPointFor(type.get(), choice.contactPointFor(channel), verified).ifPresentOrElse(
                    point -> targets.add(new Plan.Target(channel, point.id(), point)),
                    () -> dropped.add(new Plan.Dropped(channel, Reason.NO_VERIFIED_CONTACT_POINT)));
        }
        if (targets.isEmpty()) {
            return Plan.suppressed(preferences.customerId(), Reason.NO_VERIFIED_CONTACT_POINT, dropped);
        }
        return Plan.send(preferences.customerId(), targets, dropped, sendAt(choice, preferences, now));
    }

    /** The kind of contact point a channel needs; none for the portal inbox and push notifications. */
    static Optional<String> contactType(Channel channel) {
        return switch (channel) {
            case EMAIL -> Optional.of(ContactPoint.EMAIL);
            case SMS -> Optional.of(ContactPoint.PHONE);
            case POSTAL -> Optional.of(ContactPoint.POSTAL);
            case IN_APP, PUSH -> Optional.empty();
        };
    }

    /**
     * The point the customer chose while it is still verified, else their primary one of that type,
     * else any verified one of that type.
     */
    static Optional<ContactPoint> contactPointFor(String type, String chosenId, List<ContactPoint> verified) {
        List<ContactPoint> ofType = verified.stream().filter(point -> type.equals(point.type())).toList();
        return ofType.stream().filter(point -> point.id().equals(chosenId)).findFirst()
                .or(() -> ofType.stream().filter(ContactPoint::primary).findFirst())
                .or(() -> ofType.stream().findFirst());
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
        OPTED_OUT, PAUSED, NO_VERIFIED_CONTACT_POINT, UNKNOWN_CUSTOMER
    }

    /**
     * @param dropped chosen channels left out, each with why
     * @param sendAt null when suppressed
     * @param reason null unless suppressed
     */
    public record Plan(String customerId, Status status, List<Target> channels, List<Dropped> dropped, Instant sendAt,
            Reason reason) {

        static Plan send(String customerId, List<Target> channels, List<Dropped> dropped, Instant sendAt) {
            return new Plan(customerId, Status.SEND, List.copyOf(channels), List.copyOf(dropped), sendAt, null);
        }

        static Plan suppressed(String customerId, Reason reason, List<Dropped> dropped) {
            return new Plan(customerId, Status.SUPPRESSED, List.of(), List.copyOf(dropped), null, reason);
        }

        /**
         * A channel to use and the verified contact point to reach the customer on; both null for
         * {@code IN_APP} and {@code PUSH}, which need none.
         */
        public record Target(Channel channel, String contactPointId, ContactPoint contactPoint) {
        }

        /** A channel the customer chose that cannot be used. */
        public record Dropped(Channel channel, Reason reason) {
        }
    }

    public enum Status {
        SEND, SUPPRESSED
    }
}
