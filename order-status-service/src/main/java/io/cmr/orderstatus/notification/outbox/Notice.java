package io.cmr.orderstatus.notification.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.cmr.orderstatus.notification.NoticeRequest;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A requested notice, one document per (customer, noticeKey): {@link State#PENDING} until
 * preference-service planned it into outbox items, then {@link State#PLANNED}.
 *
 * @param id {@code customerId|noticeKey}
 */
public record Notice(
        @BsonId String id,
        String customerId,
        String noticeKey,
        String topicId,
        String kind,
        List<String> orderIds,
        String incidentId,
        Map<String, String> values,
        Instant occurredAt,
        State state,
        Instant requestedAt,
        Instant plannedAt) {

    public enum State {
        PENDING, PLANNED
    }

    static String idOf(String customerId, String noticeKey) {
        return customerId + "|" + noticeKey;
    }

    static Notice pending(NoticeRequest request, Instant now) {
        return new Notice(idOf(request.customerId(), request.noticeKey()), request.customerId(), request.noticeKey(),
                request.topicId(), request.kind(), request.orderIds() == null ? List.of() : List.copyOf(request.orderIds()),
                request.incidentId(), request.values() == null ? Map.of() : Map.copyOf(request.values()),
                request.occurredAt() == null ? now : request.occurredAt(), State.PENDING, now, null);
    }
}
