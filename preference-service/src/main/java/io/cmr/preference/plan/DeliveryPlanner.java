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
            return Plan.suppressed(preferences, Reason.UNKNOWN_CUSTOMER, List.of());
        }
        TopicChoice choice = PreferenceRules.effective(topic, preferences);
        List<Channel> channels = choice.channels().stream().filter(topic.allowedChannels()::contains).toList();
        if (channels.isEmpty() && topic.mandatory()) {
            // The topic became mandatory after the customer turned it off: it cannot go unheard.
            channels = topic.defaultChannels();
        }
        if (channels.isEmpty()) {
            return Plan.suppressed(preferences, Reason.OPTED_OUT, List.of());
        }
        if (preferences.paused() && !topic.mandatory()) {
            return Plan.suppressed(preferences, Reason.PAUSED, List.of());
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
            return Plan.suppressed(preferences, Reason.NO_VERIFIED_CONTACT_POINT, dropped);
        }
        Delay delay = delay(choice, preferences, now);
        return Plan.send(preferences, targets, dropped, delay == null ? now : delay.until(), delay);
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

    /** What holds the message back and until when; null when it goes at once. */
    private static Delay delay(TopicChoice choice, Preferences preferences, Instant now) {
        ZonedDateTime local = now.atZone(ZoneId.of(preferences.timezone()));
        if (choice.deliveryMode() == DeliveryMode.DAILY_DIGEST) {
            return new Delay(DelayRule.DAILY_DIGEST, nextOccurrence(LocalTime.parse(choice.digestTime()), local));
        }
        QuietHours quiet = preferences.quietHours();
        if (quiet == null || choice.urgent()) {
            return null;
        }
        LocalTime start = LocalTime.parse(quiet.start());
        LocalTime end = LocalTime.parse(quiet.end());
        return isQuiet(start, end, local.toLocalTime()) ? new Delay(DelayRule.QUIET_HOURS, nextOccurrence(end, local)) : null;
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

    /** The customer's rule that holds a message back. */
    public enum DelayRule {
        QUIET_HOURS, DAILY_DIGEST
    }

    /** A message held back by {@code rule} until {@code until}. */
    public record Delay(DelayRule rule, Instant until) {
    }

    /**
     * The latest consent-ledger entry for one channel of the topic: the record a plan relied on.
     *
     * @param on whether that entry left the channel on
     */
    public record ConsentRef(Channel channel, String entryId, boolean on, Instant at, String actor) {
    }

    /**
     * @param dropped chosen channels left out, each with why
     * @param sendAt null when suppressed
     * @param reason null unless suppressed
     * @param preferenceVersion the version of the customer's preferences the plan follows; 0 for catalog defaults
     * @param delay why {@code sendAt} is later than asked; null when it is not
     * @param consents the ledger entries behind the topic's channels, newest per channel; empty when none were recorded
     */
    public record Plan(String customerId, Status status, List<Target> channels, List<Dropped> dropped, Instant sendAt,
            Reason reason, long preferenceVersion, Delay delay, List<ConsentRef> consents) {

        static Plan send(Preferences preferences, List<Target> channels, List<Dropped> dropped, Instant sendAt,
                Delay delay) {
            return new Plan(preferences.customerId(), Status.SEND, List.copyOf(channels), List.copyOf(dropped), sendAt,
                    null, preferences.version(), delay, List.of());
        }

        static Plan suppressed(Preferences preferences, Reason reason, List<Dropped> dropped) {
            return new Plan(preferences.customerId(), Status.SUPPRESSED, List.of(), List.copyOf(dropped), null, reason,
                    preferences.version(), null, List.of());
        }

        /** This plan citing the consent-ledger entries it relied on. */
        public Plan withConsents(List<ConsentRef> entries) {
            return new Plan(customerId, status, channels, dropped, sendAt, reason, preferenceVersion, delay,
                    List.copyOf(entries));
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
