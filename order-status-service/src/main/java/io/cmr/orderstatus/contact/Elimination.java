package io.cmr.orderstatus.contact;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A reason's entry in the elimination backlog: who works on removing its cause and what each
 * contact costs.
 *
 * @param doneAt when it was last set {@code DONE}; the report compares the volume before and after
 */
public record Elimination(@BsonId String reasonCode, String owner, Double costPerContact, String currency,
        Status status, Instant doneAt, Instant updatedAt) {

    public enum Status {
        OPEN, IN_PROGRESS, DONE
    }

    static Elimination open(String reasonCode) {
        return new Elimination(reasonCode, null, null, null, Status.OPEN, null, null);
    }
}
