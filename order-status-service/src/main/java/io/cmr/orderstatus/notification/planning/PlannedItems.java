package io.cmr.orderstatus.notification.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.cmr.orderstatus.notification.CustomerChannel;
import io.cmr.orderstatus.notification.outbox.Notice;
import io.cmr.orderstatus.notification.outbox.OutboxItem;
import io.cmr.orderstatus.notification.outbox.OutboxItem.ItemState;
import io.cmr.orderstatus.notification.preference.PreferenceService.ConsentRef;
import io.cmr.orderstatus.notification.preference.PreferenceService.Plan;

/** Turns a customer's plan for a notice into its outbox items, each keeping why. Pure. */
public final class PlannedItems {

    /** The channels this service sends through; others a customer chose are suppressed saying so. */
    public static final Set<CustomerChannel> OFFERED = EnumSet.of(CustomerChannel.EMAIL, CustomerChannel.SMS,
            CustomerChannel.IN_APP);
    public static final String CHANNEL_NOT_OFFERED = "CHANNEL_NOT_OFFERED";
    public static final String UNKNOWN_TOPIC = "UNKNOWN_TOPIC";
    public static final String OPTED_OUT = "OPTED_OUT";

    private PlannedItems() {
    }

    public static List<OutboxItem> of(Notice notice, Plan plan, Instant now) {
        List<OutboxItem> items = new ArrayList<>();
        if ("SEND".equals(plan.status())) {
            Instant sendAt = plan.sendAt() == null ? now : plan.sendAt();
            boolean later = sendAt.isAfter(now);
            for (var target : plan.channels()) {
                if (!OFFERED.contains(target.channel())) {
                    items.add(item(notice, plan, target.channel(), ItemState.SUPPRESSED, CHANNEL_NOT_OFFERED, null, null, now));
                    continue;
                }
                items.add(item(notice, plan, target.channel(), later ? ItemState.SCHEDULED : ItemState.PLANNED, null,
                        sendAt, target.contactPointId(), now));
            }
        }
        for (var dropped : plan.dropped()) {
            items.add(item(notice, plan, dropped.channel(), ItemState.SUPPRESSED, dropped.reason(), null, null, now));
        }
        if ("SEND".equals(plan.status())) {
            // A channel the customer turned off while others stay on: the notice says why it did not come that way.
            plan.consents().stream().filter(consent -> !consent.on())
                    .filter(consent -> items.stream().noneMatch(item -> item.channel() == consent.channel()))
                    .forEach(consent -> items.add(item(notice, plan, consent.channel(), ItemState.SUPPRESSED,
                            OPTED_OUT, null, null, now)));
        }
        if ("SEND".equals(plan.status()) || !items.isEmpty()) {
            return items;
        }
        if (OPTED_OUT.equals(plan.reason())) {
            // One item per channel turned off, each citing the ledger entry that turned it off.
            plan.consents().stream().filter(consent -> !consent.on())
                    .forEach(consent -> items.add(item(notice, plan, consent.channel(), ItemState.SUPPRESSED,
                            OPTED_OUT, null, null, now)));
        }
        if (items.isEmpty()) {
            items.add(item(notice, plan, null, ItemState.SUPPRESSED, plan.reason(), null, null, now));
        }
        return items;
    }

    /** What a notice whose topic preference-service does not know becomes. */
    public static OutboxItem unknownTopic(Notice notice, Instant now) {
        return item(notice, null, null, ItemState.SUPPRESSED, UNKNOWN_TOPIC, null, null, now);
    }

    private static OutboxItem item(Notice notice, Plan plan, CustomerChannel channel, ItemState state, String reason,
            Instant dueAt, String contactPointId, Instant now) {
        Optional<ConsentRef> consent = plan == null || channel == null ? Optional.empty()
                : plan.consents().stream().filter(ref -> ref.channel() == channel).findFirst();
        String delayRule = state == ItemState.SCHEDULED && plan.delay() != null ? plan.delay().rule() : null;
        return new OutboxItem(OutboxItem.idOf(notice.customerId(), notice.noticeKey(), channel), notice.customerId(),
                notice.noticeKey(), channel, notice.topicId(), notice.kind(), notice.orderIds(), notice.incidentId(),
                notice.occurredAt(), state, reason, dueAt, delayRule, contactPointId,
                plan == null ? 0 : plan.preferenceVersion(), consent.map(ConsentRef::entryId).orElse(null),
                consent.map(ConsentRef::at).orElse(null), consent.map(ConsentRef::actor).orElse(null), 0, null, null,
                null, null, now, now);
    }
}
