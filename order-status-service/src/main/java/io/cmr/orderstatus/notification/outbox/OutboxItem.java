package io.cmr.orderstatus.notification.outbox;

import java.time.Instant;
import java.util.List;

import io.cmr.orderstatus.notification.CustomerChannel;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One notice on one channel: the unit the dispatcher claims and sends, and the record of why it
 * was (not) sent. A plan that suppressed the whole notice leaves one item without channel. The
 * notice's texts stay in its {@link Notice}, stored once rather than once per channel.
 *
 * @param id {@code customerId|noticeKey|channel}, unique, so a notice is planned once per channel
 * @param reason why it is SUPPRESSED, or (DEAD) the last channel answer
 * @param dueAt when the dispatcher may take it (again): the planned send time, the next retry, or while
 *        SENDING the end of the sender's lease
 * @param delayRule {@code QUIET_HOURS} or {@code DAILY_DIGEST} when the customer's rule held it back until {@code dueAt}
 * @param preferenceVersion the customer's preferences version the plan followed (0: catalog defaults)
 * @param consentEntryId the consent-ledger entry of the channel the plan relied on, null when none was recorded
 * @param leaseOwner the dispatcher sending it, until {@code dueAt}; another may take it after
 * @param lastError the channel's last answer when it failed
 * @param sentTo the address (or inbox) it was delivered to
 */
public record OutboxItem(
        @BsonId String id,
        String customerId,
        String noticeKey,
        CustomerChannel channel,
        String topicId,
        String kind,
        List<String> orderIds,
        String incidentId,
        Instant occurredAt,
        ItemState state,
        String reason,
        Instant dueAt,
        String delayRule,
        String contactPointId,
        long preferenceVersion,
        String consentEntryId,
        Instant consentAt,
        String consentActor,
        int attempts,
        String leaseOwner,
        String lastError,
        Instant sentAt,
        String sentTo,
        Instant plannedAt,
        Instant updatedAt) {

    public static String idOf(String customerId, String noticeKey, CustomerChannel channel) {
        return customerId + "|" + noticeKey + "|" + (channel == null ? "-" : channel.name());
    }

    /** Where an item stands; SENT, DEAD and SUPPRESSED are final. */
    public enum ItemState {
        PLANNED, SCHEDULED, SENDING, SENT, FAILED, DEAD, SUPPRESSED
    }
}
