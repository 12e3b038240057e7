package io.cmr.orderstatus.webhook;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One news item for one subscription, one document: its id comes from both, so news told twice is one
 * delivery. The body is fixed when it is made, so every attempt sends the same bytes.
 *
 * @param state PENDING (due at {@code nextAttemptAt}), SENDING (held by {@code holder} until
 *        {@code leaseUntil}), DELIVERED, FAILED (tried again at {@code nextAttemptAt}) or DEAD
 * @param attempts tries started so far
 * @param lastStatus the partner's HTTP status at the last try, null when there was no answer
 * @param lastError what went wrong at the last try
 */
public record WebhookDelivery(@BsonId String id, String subscriptionId, String client, String newsKey, String eventType,
        String body, State state, int attempts, Instant nextAttemptAt, String holder, Instant leaseUntil,
        Integer lastStatus, String lastError, Instant lastAttemptAt, Instant createdAt, Instant deliveredAt) {

    public enum State {
        PENDING, SENDING, DELIVERED, FAILED, DEAD
    }
}
