package io.cmr.orderstatus.webhook;

import java.time.Instant;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A partner's webhook: where to post which news about the orders it is merchant of.
 *
 * @param client the partner's client id ({@code azp}), the only one who sees or deletes it
 * @param secret the key of the signatures; shown to the partner only when created
 */
public record Subscription(@BsonId String id, String client, String url, List<String> eventTypes, String secret,
        String description, Instant createdAt) {
}
