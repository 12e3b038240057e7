package io.cmr.preference.plan;

import java.time.Instant;
import java.util.List;

import io.cmr.preference.contact.ContactPoint;
import io.cmr.preference.plan.DeliveryPlanner.Plan;
import io.cmr.preference.plan.DeliveryPlanner.Reason;
import io.cmr.preference.plan.DeliveryPlanner.Status;
import io.cmr.preference.preference.ContactChoice;
import io.cmr.preference.preference.DeliveryMode;
import io.cmr.preference.preference.Preferences;
import io.cmr.preference.preference.QuietHours;
import io.cmr.preference.preference.TopicChoice;
import io.cmr.preference.topic.Category;
import io.cmr.preference.topic.Channel;
import io.cmr.preference.topic.LocalizedText;
import io.cmr.preference.topic.Topic;
import org.junit.jupiter.api.Test;

import static io.cmr.preference.topic.Channel.EMAIL;
import static io.cmr.preference.topic.Channel.IN_APP;
import static io.cmr.preference.topic.Channel.SMS;
import static org.assertj.core.api.Assertions.assertThat;

class DeliveryPlannerTest {

    private static final Topic DELIVERIES = topic("delivery-updates", false, List.of(EMAIL, SMS, IN_APP), List.of(EMAIL, SMS));
    private static final Topic SECURITY = topic("account-security", true, List.of(EMAIL, SMS), List.of(EMAIL));
    private static final Topic MARKETING = topic("marketing-offers", false, List.of(EMAIL, SMS), List.of());
    private static final QuietHours NIGHT = new QuietHours("22:00", "07:00");
    private static final ContactPoint HOME_EMAIL = point("cp-email", ContactPoint.EMAIL, true);
    private static final ContactPoint MOBILE = point("cp-phone", ContactPoint.PHONE, true);
    private static final ContactPoint WORK_PHONE = point("cp-work-phone", ContactPoint.PHONE, false);
    private static final List<ContactPoint> REACHABLE = List.of(HOME_EMAIL, MOBILE, WORK_PHONE);
    private static final Instant NOON = Instant.parse("2026-06-10T12:00:00Z");

    @Test
    void aCustomerWhoNeverChoseGetsTheTopicsDefaultChannelsNow() {
        Instant now = Instant.parse("2026-06-10T12:00:00Z");

        Plan plan = plan(DELIVERIES, Preferences.none("c1"), now);

        assertThat(plan.status()).isEqualTo(Status.SEND);
        assertThat(plan.sendAt()).isEqualTo(now);
        assertThat(plan.channels()).extracting(Plan.Target::channel).containsExactly(EMAIL, SMS);
    }

    @Test
    void anOptInTopicNobodyOptedIntoIsSuppressed() {
        Plan plan = plan(MARKETING, Preferences.none("c1"), Instant.parse("2026-06-10T12:00:00Z"));

        assertThat(plan.status()).isEqualTo(Status.SUPPRESSED);
        assertThat(plan.reason()).isEqualTo(Reason.OPTED_OUT);
    }

    @Test
    void aPauseSuppressesAllButMandatoryTopics() {
        Preferences paused = preferences("Europe/Paris", null, true);
        Instant now = Instant.parse("2026-06-10T12:00:00Z");

        assertThat(plan(DELIVERIES, paused, now).reason()).isEqualTo(Reason.PAUSED);
        assertThat(plan(SECURITY, paused, now).status()).isEqualTo(Status.SEND);
    }

    @Test
    void theChosenContactPointGoesWithItsChannel() {
        Preferences chosen = preferences("Europe/Paris", null, false,
                new TopicChoice("delivery-updates", List.of(SMS), List.of(new ContactChoice(SMS, "cp-phone")), false,
                        DeliveryMode.IMMEDIATE, null));

        Plan plan = plan(DELIVERIES, chosen, Instant.parse("2026-06-10T12:00:00Z"));

        assertThat(plan.channels()).containsExactly(new Plan.Target(SMS, "cp-phone", MOBILE));
    }

    @Test
    void aChosenContactPointThatIsStillVerifiedIsUsedEvenIfAnotherIsPrimary() {
        Preferences chosen = choosing(SMS, "cp-work-phone");

        assertThat(DeliveryPlanner.plan(DELIVERIES, chosen, REACHABLE, NOON).channels())
                .containsExactly(new Plan.Target(SMS, "cp-work-phone", WORK_PHONE));
    }

    @Test
    void aChosenContactPointNoLongerVerifiedGivesWayToThePrimaryOneOfItsType() {
        Preferences chosen = choosing(SMS, "cp-removed-phone");

        assertThat(DeliveryPlanner.plan(DELIVERIES, chosen, REACHABLE, NOON).channels())
                .containsExactly(new Plan.Target(SMS, "cp-phone", MOBILE));
    }

    @Test
    void withoutAPrimaryOneAnyVerifiedPointOfTheRightTypeIsUsed() {
        Preferences chosen = choosing(SMS, "cp-email");

        assertThat(DeliveryPlanner.plan(DELIVERIES, chosen, List.of(HOME_EMAIL, WORK_PHONE), NOON).channels())
                .containsExactly(new Plan.Target(SMS, "cp-work-phone", WORK_PHONE));
    }

    @Test
    void aChannelWithoutAVerifiedContactPointIsDroppedWithItsReason() {
        Plan plan = DeliveryPlanner.plan(DELIVERIES, Preferences.none("c1"), List.of(HOME_EMAIL), NOON);

        assertThat(plan.status()).isEqualTo(Status.SEND);
        assertThat(plan.channels()).containsExactly(new Plan.Target(EMAIL, "cp-email", HOME_EMAIL));
        assertThat(plan.dropped()).containsExactly(new Plan.Dropped(SMS, Reason.NO_VERIFIED_CONTACT_POINT));
    }

    @Test
    void aCustomerWithNoVerifiedPointForAnyChosenChannelIsSuppressed() {
        Plan plan = DeliveryPlanner.plan(DELIVERIES, Preferences.none("c1"),
                List.of(point("cp-home", ContactPoint.POSTAL, true)), NOON);

        assertThat(plan.status()).isEqualTo(Status.SUPPRESSED);
        assertThat(plan.reason()).isEqualTo(Reason.NO_VERIFIED_CONTACT_POINT);
        assertThat(plan.channels()).isEmpty();
        assertThat(plan.dropped()).extracting(Plan.Dropped::channel).containsExactly(EMAIL, SMS);
    }

    @Test
    void theInboxAndPushNeedNoContactPoint() {
        Preferences inbox = preferences("Europe/Paris", null, false,
                new TopicChoice("delivery-updates", List.of(IN_APP), List.of(), false, DeliveryMode.IMMEDIATE, null));

        Plan plan = DeliveryPlanner.plan(DELIVERIES, inbox, List.of(), NOON);

        assertThat(plan.status()).isEqualTo(Status.SEND);
        assertThat(plan.channels()).containsExactly(new Plan.Target(IN_APP, null, null));
    }

    @Test
    void aCustomerProfileServiceDoesNotKnowIsSuppressedEvenForAMandatoryTopic() {
        Plan plan = DeliveryPlanner.plan(SECURITY, Preferences.none("ghost"), null, NOON);

        assertThat(plan.status()).isEqualTo(Status.SUPPRESSED);
        assertThat(plan.reason()).isEqualTo(Reason.UNKNOWN_CUSTOMER);
        assertThat(plan.customerId()).isEqualTo("ghost");
    }

    @Test
    void duringQuietHoursThatCrossMidnightAMessageWaitsForTheirEndInTheCustomersTimezone() {
        Preferences quiet = preferences("Europe/Paris", NIGHT, false);

        // 23:30 in Paris (CEST): wait for 07:00 the next morning.
        assertThat(plan(DELIVERIES, quiet, Instant.parse("2026-06-10T21:30:00Z")).sendAt())
                .isEqualTo(Instant.parse("2026-06-11T05:00:00Z"));
        // 02:00 in Paris: wait for 07:00 the same morning.
        assertThat(plan(DELIVERIES, quiet, Instant.parse("2026-06-11T00:00:00Z")).sendAt())
                .isEqualTo(Instant.parse("2026-06-11T05:00:00Z"));
        // 07:00 sharp: the quiet hours are over.
        assertThat(plan(DELIVERIES, quiet, Instant.parse("2026-06-11T05:00:00Z")).sendAt())
                .isEqualTo(Instant.parse("2026-06-11T05:00:00Z"));
    }

    @Test
    void quietHoursFollowTheCustomersTimezoneNotParis() {
        Preferences newYork = preferences("America/New_York", NIGHT, false);

        // 12:00 in Paris is 06:00 in New York: still quiet there until 07:00 EDT (11:00Z).
        assertThat(plan(DELIVERIES, newYork, Instant.parse("2026-06-10T10:00:00Z")).sendAt())
                .isEqualTo(Instant.parse("2026-06-10T11:00:00Z"));
    }

    @Test
    void anUrgentTopicIsSentDuringQuietHours() {
        Preferences quiet = preferences("Europe/Paris", NIGHT, false,
                new TopicChoice("delivery-updates", List.of(SMS), List.of(), true, DeliveryMode.IMMEDIATE, null));
        Instant night = Instant.parse("2026-06-10T23:00:00Z");

        assertThat(plan(DELIVERIES, quiet, night).sendAt()).isEqualTo(night);
    }

    @Test
    void quietHoursOverTheSpringForwardNightEndAtTheirLocalTimeInSummerTime() {
        Preferences quiet = preferences("Europe/Paris", NIGHT, false);

        // 29 March 2026: Paris goes from 02:00 CET to 03:00 CEST. 01:30 CET = 00:30Z; 07:00 CEST = 05:00Z.
        assertThat(plan(DELIVERIES, quiet, Instant.parse("2026-03-29T00:30:00Z")).sendAt())
                .isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
    }

    @Test
    void quietHoursEndingInTheSkippedHourEndWhenTheClockHasJumped() {
        Preferences quiet = preferences("Europe/Paris", new QuietHours("23:00", "02:30"), false);

        // 01:45 CET (00:45Z): 02:30 does not exist that night, so the quiet hours end at 03:30 CEST (01:30Z).
        assertThat(plan(DELIVERIES, quiet, Instant.parse("2026-03-29T00:45:00Z")).sendAt())
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void aDigestGoesAtTheNextDigestTime() {
        Preferences digest = preferences("Europe/Paris", NIGHT, false,
                new TopicChoice("delivery-updates", List.of(EMAIL), List.of(), false, DeliveryMode.DAILY_DIGEST, "18:30"));

        assertThat(plan(DELIVERIES, digest, Instant.parse("2026-06-10T10:00:00Z")).sendAt())
                .isEqualTo(Instant.parse("2026-06-10T16:30:00Z"));
        assertThat(plan(DELIVERIES, digest, Instant.parse("2026-06-10T17:00:00Z")).sendAt())
                .isEqualTo(Instant.parse("2026-06-11T16:30:00Z"));
    }

    @Test
    void aDigestTimeThatDoesNotExistThatDayIsMovedForwardByTheGap() {
        Preferences digest = preferences("Europe/Paris", null, false,
                new TopicChoice("delivery-updates", List.of(EMAIL), List.of(), false, DeliveryMode.DAILY_DIGEST, "02:30"));

        // 02:30 is skipped on 29 March 2026 in Paris: the digest goes at 03:30 CEST (01:30Z), and at 02:30 CEST the next day.
        assertThat(plan(DELIVERIES, digest, Instant.parse("2026-03-28T23:00:00Z")).sendAt())
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(plan(DELIVERIES, digest, Instant.parse("2026-03-29T02:00:00Z")).sendAt())
                .isEqualTo(Instant.parse("2026-03-30T00:30:00Z"));
    }

    @Test
    void aTopicMadeMandatoryAfterTheCustomerTurnedItOffStillReachesThem() {
        Preferences off = preferences("Europe/Paris", null, false,
                new TopicChoice("account-security", List.of(), List.of(), false, DeliveryMode.IMMEDIATE, null));

        assertThat(plan(SECURITY, off, Instant.parse("2026-06-10T12:00:00Z")).channels())
                .extracting(Plan.Target::channel).containsExactly(EMAIL);
    }

    @Test
    void aChannelTheCatalogNoLongerAllowsIsNotUsed() {
        Preferences chosen = preferences("Europe/Paris", null, false,
                new TopicChoice("account-security", List.of(Channel.PUSH, EMAIL), List.of(), false, DeliveryMode.IMMEDIATE, null));

        assertThat(plan(SECURITY, chosen, Instant.parse("2026-06-10T12:00:00Z")).channels())
                .extracting(Plan.Target::channel).containsExactly(EMAIL);
    }

    private static Plan plan(Topic topic, Preferences preferences, Instant now) {
        return DeliveryPlanner.plan(topic, preferences, REACHABLE, now);
    }

    private static Preferences choosing(Channel channel, String contactPointId) {
        return preferences("Europe/Paris", null, false, new TopicChoice("delivery-updates", List.of(channel),
                List.of(new ContactChoice(channel, contactPointId)), false, DeliveryMode.IMMEDIATE, null));
    }

    private static ContactPoint point(String id, String type, boolean primary) {
        return new ContactPoint(id, type, "Label", primary, ContactPoint.POSTAL.equals(type) ? null : id + "-value",
                ContactPoint.POSTAL.equals(type) ? new ContactPoint.Postal(List.of("1 rue de la Paix"), "75002", "Paris", "FR") : null);
    }

    private static Preferences preferences(String zone, QuietHours quiet, boolean paused, TopicChoice... choices) {
        return new Preferences("c1", zone, quiet, paused, List.of(choices), 1, null, null);
    }

    private static Topic topic(String id, boolean mandatory, List<Channel> allowed, List<Channel> defaults) {
        return new Topic(id, new LocalizedText(id, id), new LocalizedText(id, id), Category.TRANSACTIONAL, allowed,
                defaults, mandatory, 1, null);
    }
}
