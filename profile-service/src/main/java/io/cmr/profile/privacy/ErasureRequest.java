package io.cmr.profile.privacy;

import java.time.Instant;
import java.util.List;

import io.cmr.profile.audit.Actor;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A customer's request to be forgotten, kept until every service has confirmed, so that it goes on
 * after a restart of this or any other service.
 *
 * @param status {@code PENDING} until every part is {@code CONFIRMED}, then {@code DONE}
 * @param leaseUntil while in the future, one worker is on it and the others leave it alone
 */
public record ErasureRequest(
        @BsonId String id,
        String customerId,
        Actor requestedBy,
        String status,
        List<Part> parts,
        Instant leaseUntil,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static final String PENDING = "PENDING";
    static final String CONFIRMED = "CONFIRMED";
    static final String DONE = "DONE";

    /** One service's erasure. */
    public record Part(String name, String status, int attempts, String lastError, Instant confirmedAt) {
    }
}
