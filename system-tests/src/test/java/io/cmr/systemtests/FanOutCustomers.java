package io.cmr.systemtests;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

/**
 * The customers of the fan-out fault test: ten kinds, one after the other, each with what its
 * preferences and verified contact points say the incident's notice must become on every channel.
 */
final class FanOutCustomers {

    static final String TOPIC = "service-incidents";

    enum Channel {
        EMAIL, SMS, IN_APP
    }

    /**
     * @param sent the channels that must each deliver the notice exactly once
     * @param held the channels held back by quiet hours (nothing delivered yet)
     * @param suppressed why some of the other channels' items are suppressed, by channel (every item
     *        neither sent nor held is suppressed)
     * @param allSuppressed the reason every item of a notice nobody may receive gives, else null
     */
    enum Kind {
        DEFAULTS(EnumSet.of(Channel.EMAIL, Channel.IN_APP), Set.of(), Map.of(), null),
        EMAIL_ONLY(EnumSet.of(Channel.EMAIL), Set.of(), Map.of(), null),
        SMS_ONLY(EnumSet.of(Channel.SMS), Set.of(), Map.of(), null),
        IN_APP_ONLY(EnumSet.of(Channel.IN_APP), Set.of(), Map.of(), null),
        ALL_THREE(EnumSet.of(Channel.EMAIL, Channel.SMS, Channel.IN_APP), Set.of(), Map.of(), null),
        OPTED_OUT(EnumSet.noneOf(Channel.class), Set.of(), Map.of(), "OPTED_OUT"),
        PAUSED(EnumSet.noneOf(Channel.class), Set.of(), Map.of(), "PAUSED"),
        QUIET_HOURS(EnumSet.noneOf(Channel.class), Set.of(Channel.EMAIL, Channel.IN_APP), Map.of(), null),
        PHONE_UNVERIFIED(EnumSet.of(Channel.EMAIL), Set.of(), Map.of(Channel.SMS, "NO_VERIFIED_CONTACT_POINT"), null),
        EMAIL_UNVERIFIED(EnumSet.of(Channel.IN_APP), Set.of(), Map.of(Channel.EMAIL, "NO_VERIFIED_CONTACT_POINT"), null);

        final Set<Channel> sent;
        final Set<Channel> held;
        final Map<Channel, String> suppressed;
        final String allSuppressed;

        Kind(Set<Channel> sent, Set<Channel> held, Map<Channel, String> suppressed, String allSuppressed) {
            this.sent = sent;
            this.held = held;
            this.suppressed = suppressed;
            this.allSuppressed = allSuppressed;
        }
    }

    record Customer(int index, String id, Kind kind, String email, String phone, List<String> orderIds) {
    }

    private final String prefix;
    private final int count;

    FanOutCustomers(String prefix, int count) {
        this.prefix = prefix;
        this.count = count;
    }

    List<Customer> all() {
        List<Customer> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = "%s-%05d".formatted(prefix, i);
            // Every fourth customer has two affected orders: they get one notice naming both.
            List<String> orders = i % 4 == 0 ? List.of("O-" + id + "-1", "O-" + id + "-2") : List.of("O-" + id + "-1");
            customers.add(new Customer(i, id, Kind.values()[i % Kind.values().length], id + "@fanout.test",
                    "+3361%07d".formatted(i), orders));
        }
        return customers;
    }

    /** The profile-service document: a verified (or not) e-mail, and a phone for the kinds that choose SMS. */
    static Document profile(Customer customer, Instant now) {
        Date at = Date.from(now);
        List<Document> points = new ArrayList<>();
        boolean emailVerified = customer.kind() != Kind.EMAIL_UNVERIFIED;
        points.add(point("e-" + customer.index(), "EMAIL", customer.email(), emailVerified, at));
        if (customer.kind() == Kind.SMS_ONLY || customer.kind() == Kind.ALL_THREE) {
            points.add(point("p-" + customer.index(), "PHONE", customer.phone(), true, at));
        }
        if (customer.kind() == Kind.PHONE_UNVERIFIED) {
            points.add(point("p-" + customer.index(), "PHONE", customer.phone(), false, at));
        }
        return new Document("_id", customer.id()).append("givenName", "Fan").append("familyName", "Out " + customer.index())
                .append("email", customer.email()).append("language", "en").append("timezone", "UTC")
                .append("contactPoints", points).append("version", 1L).append("createdAt", at).append("updatedAt", at);
    }

    private static Document point(String id, String type, String value, boolean verified, Date at) {
        return new Document("id", id).append("type", type).append("label", type.toLowerCase()).append("primary", true)
                .append("status", verified ? "VERIFIED" : "UNVERIFIED").append("value", value)
                .append("normalizedValue", value.toLowerCase()).append("postal", null).append("verification", null)
                .append("createdAt", at).append("verifiedAt", verified ? at : null);
    }

    /** The support agent's PATCH of the customer's preferences; null when the catalog defaults are theirs. */
    static String preferences(Kind kind, Instant now) {
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
        return switch (kind) {
            case DEFAULTS, EMAIL_UNVERIFIED -> null;
            case EMAIL_ONLY -> topic("EMAIL");
            case SMS_ONLY -> topic("SMS");
            case IN_APP_ONLY -> topic("IN_APP");
            case ALL_THREE -> topic("EMAIL", "SMS", "IN_APP");
            case OPTED_OUT -> topic();
            case PAUSED -> "{\"paused\":true}";
            // Quiet from an hour ago until well after the test's end.
            case QUIET_HOURS -> "{\"timezone\":\"UTC\",\"quietHours\":{\"start\":\"%s\",\"end\":\"%s\"}}"
                    .formatted(hhmm.format(now.minusSeconds(3_600)), hhmm.format(now.plusSeconds(6 * 3_600)));
            case PHONE_UNVERIFIED -> topic("EMAIL", "SMS");
        };
    }

    private static String topic(String... channels) {
        return "{\"topics\":[{\"topicId\":\"%s\",\"channels\":[%s]}]}".formatted(TOPIC,
                String.join(",", List.of(channels).stream().map(channel -> "\"" + channel + "\"").toList()));
    }
}
