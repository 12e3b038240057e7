package io.cmr.orderstatus.notification.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A notice in the customer's portal inbox.
 *
 * @param id the outbox item's id, so delivering it again stores nothing new
 * @param links where to act on it, by name ({@code order}, {@code deliveryInstructions}, {@code reportProblem}, {@code preferences})
 * @param readAt null while unread
 */
public record InboxEntry(@BsonId String id, String customerId, String noticeKey, String topicId, String kind,
        List<String> orderIds, String subject, String text, Map<String, String> links, Instant createdAt,
        Instant readAt) {
}
