package io.cmr.orderstatus.notification.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cmr.orderstatus.notification.CustomerChannel;
import io.cmr.orderstatus.notification.outbox.Notice;
import io.cmr.orderstatus.notification.outbox.OutboxItem;
import io.swagger.v3.oas.annotations.media.Schema;

/** A notice about an order and, per channel, what became of it and why. */
@Schema(name = "OrderNotice")
record NoticeOutcome(
        String noticeKey,
        String topicId,
        String kind,
        String incidentId,
        Instant occurredAt,
        @Schema(description = "PENDING while the customer's preferences are being consulted, then PLANNED") String state,
        List<ChannelOutcome> channels) {

    /**
     * @param channel null when the whole notice was suppressed before any channel was chosen
     * @param outcome SENT, DELAYED (waiting for a rule of the customer), SUPPRESSED, FAILED (will retry), DEAD (gave up), or SENDING / DUE
     * @param until for DELAYED: when it goes; for FAILED: the next try
     * @param rule for DELAYED: QUIET_HOURS or DAILY_DIGEST
     * @param reason for SUPPRESSED: OPTED_OUT, PAUSED, NO_VERIFIED_CONTACT_POINT, UNKNOWN_CUSTOMER, CHANNEL_NOT_OFFERED ...
     * @param channelAnswer for FAILED and DEAD: what the channel answered
     */
    @Schema(name = "NoticeChannelOutcome")
    record ChannelOutcome(CustomerChannel channel, String outcome, Instant sentAt, String contactPointId, String sentTo,
            Instant until, String rule, String reason, String channelAnswer, int attempts, long preferenceVersion,
            String consentEntryId, Instant consentAt, String consentBy) {

        static ChannelOutcome of(OutboxItem item) {
            String outcome = switch (item.state()) {
                case SCHEDULED -> item.delayRule() != null ? "DELAYED" : "DUE";
                case PLANNED -> "DUE";
                default -> item.state().name();
            };
            Instant until = switch (item.state()) {
                case SCHEDULED, FAILED -> item.dueAt();
                default -> null;
            };
            return new ChannelOutcome(item.channel(), outcome, item.sentAt(), item.contactPointId(), item.sentTo(), until,
                    "DELAYED".equals(outcome) ? item.delayRule() : null, item.reason(), item.lastError(), item.attempts(),
                    item.preferenceVersion(), item.consentEntryId(), item.consentAt(), item.consentActor());
        }
    }

    static List<NoticeOutcome> of(List<Notice> notices, List<OutboxItem> items) {
        Map<String, List<OutboxItem>> byNotice = items.stream().collect(Collectors.groupingBy(OutboxItem::noticeKey));
        return notices.stream().map(notice -> new NoticeOutcome(notice.noticeKey(), notice.topicId(), notice.kind(),
                notice.incidentId(), notice.occurredAt(), notice.state().name(),
                byNotice.getOrDefault(notice.noticeKey(), List.of()).stream()
                        .sorted(Comparator.comparing(item -> item.channel() == null ? "" : item.channel().name()))
                        .map(ChannelOutcome::of).toList()))
                .toList();
    }
}
