package io.cmr.profile.audit;

import java.time.Instant;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One change to a customer's profile. Keyed by the profile version it produced, so recording it
 * twice stores it once, and versions order the trail.
 *
 * @param action e.g. {@code PROFILE_CHANGED}, {@code CONTACT_POINT_ADDED}
 */
public record AuditEntry(
        @BsonId String id,
        String customerId,
        long version,
        Instant at,
        Actor actor,
        String action,
        List<Change> changes) {

    /** @param value the new value, null when it was removed */
    public record Change(String field, String value) {
    }
}
