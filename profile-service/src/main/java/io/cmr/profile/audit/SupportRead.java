package io.cmr.profile.audit;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A support agent or admin reading a customer's profile: who, through which application, what and when.
 *
 * @param customerId whose data was read; removed when that customer is erased, so that the agent's read stays on record
 * @param what {@code PROFILE} (by the customer's id) or {@code PROFILE_BY_EMAIL} (found by a verified address)
 */
public record SupportRead(@BsonId String id, String customerId, Actor reader, String what, Instant at) {
}
