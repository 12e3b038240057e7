package io.cmr.profile.orders;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * order-status-service still has to hear that a customer verified an e-mail address. Kept until
 * it confirmed, then deleted.
 *
 * @param id the customer and the contact point: a point removed, added and verified again is told again
 * @param address the normalised address
 * @param leaseUntil while a worker is telling it, others leave it alone
 */
public record VerifiedEmailNotice(
        @BsonId String id,
        String customerId,
        String address,
        int attempts,
        String lastError,
        Instant leaseUntil,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
