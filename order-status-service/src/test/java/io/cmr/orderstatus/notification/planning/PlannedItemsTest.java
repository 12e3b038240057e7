package io.cmr.orderstatus.notification.planning;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.cmr.orderstatus.notification.CustomerChannel;
import io.cmr.orderstatus.notification.outbox.Notice;
import io.cmr.orderstatus.notification.outbox.OutboxItem;
import io.cmr.orderstatus.notification.outbox.OutboxItem.ItemState;
import io.cmr.orderstatus.notification.preference.PreferenceService.ConsentRef;
import io.cmr.orderstatus.notification.preference.PreferenceService.Delay;
import io.cmr.orderstatus.notification.preference.PreferenceService.Dropped;
import io.cmr.orderstatus.notification.preference.PreferenceService.Plan;
import io.cmr.orderstatus.notification.preference.PreferenceService.Target;
import org.junit.jupiter.api.Test;

import static io.cmr.orderstatus.notification.CustomerChannel.EMAIL;
import static io.cmr.orderstatus.notification.CustomerChannel.IN_APP;
import static io.cmr.orderstatus.notification.CustomerChannel.POSTAL;
import static io.cmr.orderstatus.notification.CustomerChannel.SMS;
import static org.assertj.core.api.Assertions.assertThat;

class PlannedItemsTest {

    private static final Instant NOW = Instant.parse("2026-06-10T21:30:00Z");
    private static final Notice NOTICE = new Notice("c-1|k", "c-1", "k", "delivery-updates", "SHIPPED", List.of("o-1"),
            null, Map.of(), NOW, Notice.State.PENDING, NOW, null);
    private static final ConsentRef EMAIL_ON = new ConsentRef(EMAIL, "c-1:4:delivery-updates:EMAIL", true, NOW, "customer");
    private static final ConsentRef SMS_OFF = new ConsentRef(SMS, "c-1:5:delivery-updates:SMS", false, NOW, "support");

    @Test
    void eachChannelOfAPlanIsOneItemKeepingTheContactPointVersionAndConsentItReliedOn() {
        Plan plan = new Plan("c-1", "SEND", List.of(new Target(EMAIL, "cp-email"), new Target(IN_APP, null)), List.of(),
                NOW, null, 5, null, List.of(EMAIL_ON));

        List<OutboxItem> items = PlannedItems.of(NOTICE, plan, NOW);

        assertThat(items).extracting(OutboxItem::channel, OutboxItem::state, OutboxItem::contactPointId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EMAIL, ItemState.PLANNED, "cp-email"),
                        org.assertj.core.groups.Tuple.tuple(IN_APP, ItemState.PLANNED, null));
        assertThat(items.get(0).consentEntryId()).isEqualTo("c-1:4:delivery-updates:EMAIL");
        assertThat(items).allSatisfy(item -> assertThat(item.preferenceVersion()).isEqualTo(5));
        assertThat(items.get(0).id()).isEqualTo("c-1|k|EMAIL");
    }

    @Test
    void aPlanForLaterIsScheduledWithTheRuleThatDelaysIt() {
        Instant morning = Instant.parse("2026-06-11T05:00:00Z");
        Plan plan = new Plan("c-1", "SEND", List.of(new Target(EMAIL, "cp-email")), List.of(), morning, null, 5,
                new Delay("QUIET_HOURS", morning), List.of());

        OutboxItem item = PlannedItems.of(NOTICE, plan, NOW).get(0);

        assertThat(item.state()).isEqualTo(ItemState.SCHEDULED);
        assertThat(item.dueAt()).isEqualTo(morning);
        assertThat(item.delayRule()).isEqualTo("QUIET_HOURS");
    }

    @Test
    void droppedAndNotOfferedChannelsAreSuppressedSayingWhy() {
        Plan plan = new Plan("c-1", "SEND", List.of(new Target(POSTAL, "cp-home"), new Target(IN_APP, null)),
                List.of(new Dropped(SMS, "NO_VERIFIED_CONTACT_POINT")), NOW, null, 5, null, List.of());

        assertThat(PlannedItems.of(NOTICE, plan, NOW))
                .extracting(OutboxItem::channel, OutboxItem::state, OutboxItem::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(POSTAL, ItemState.SUPPRESSED, "CHANNEL_NOT_OFFERED"),
                        org.assertj.core.groups.Tuple.tuple(IN_APP, ItemState.PLANNED, null),
                        org.assertj.core.groups.Tuple.tuple(SMS, ItemState.SUPPRESSED, "NO_VERIFIED_CONTACT_POINT"));
    }

    @Test
    void anOptOutIsOneSuppressedItemPerChannelTurnedOffCitingWhoTurnedItOff() {
        Plan plan = new Plan("c-1", "SUPPRESSED", List.of(), List.of(), null, "OPTED_OUT", 5, null,
                List.of(EMAIL_ON, SMS_OFF));

        assertThat(PlannedItems.of(NOTICE, plan, NOW)).singleElement().satisfies(item -> {
            assertThat(item.channel()).isEqualTo(CustomerChannel.SMS);
            assertThat(item.reason()).isEqualTo("OPTED_OUT");
            assertThat(item.consentActor()).isEqualTo("support");
        });
    }

    @Test
    void aChannelTurnedOffWhileOthersStayOnIsSuppressedCitingWhoTurnedItOff() {
        Plan plan = new Plan("c-1", "SEND", List.of(new Target(EMAIL, "cp-email")), List.of(), NOW, null, 5, null,
                List.of(EMAIL_ON, SMS_OFF));

        assertThat(PlannedItems.of(NOTICE, plan, NOW))
                .extracting(OutboxItem::channel, OutboxItem::state, OutboxItem::reason, OutboxItem::consentActor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EMAIL, ItemState.PLANNED, null, "customer"),
                        org.assertj.core.groups.Tuple.tuple(SMS, ItemState.SUPPRESSED, "OPTED_OUT", "support"));
    }

    @Test
    void aNoticeSuppressedBeforeAnyChannelIsOneItemWithoutChannel() {
        Plan plan = new Plan("c-1", "SUPPRESSED", List.of(), List.of(), null, "PAUSED", 5, null, List.of());

        assertThat(PlannedItems.of(NOTICE, plan, NOW)).singleElement().satisfies(item -> {
            assertThat(item.channel()).isNull();
            assertThat(item.id()).isEqualTo("c-1|k|-");
            assertThat(item.reason()).isEqualTo("PAUSED");
        });
    }
}
