package io.cmr.portal.api.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A service incident with how far its latest revision has been told and how its notices fared, as
 * order-status-service's incidents API gives it.
 *
 * @param status ACTIVE or RESOLVED
 */
public record Incident(String id, Text title, Text message, String cause, Instant expectedResolution,
        Selector selector, String status, int revision, List<Revision> revisions, FanOut fanOut, Counts notices,
        String createdBy, Instant createdAt, Instant resolvedAt, Instant updatedAt, @JsonIgnore String etag) {

    public record Text(String fr, String en) {
    }

    /** Which orders it affects: every criterion given holds. */
    public record Selector(String carrier, List<String> postalCodePrefixes, List<String> regions, List<String> statuses,
            Period shippedBetween) {
    }

    public record Period(Instant from, Instant to) {
    }

    /** @param kind INCIDENT_DECLARED, INCIDENT_UPDATED or INCIDENT_RESOLVED */
    public record Revision(int number, String kind, Text message, Instant expectedResolution, String by, Instant at) {
    }

    /** @param state how the telling of the latest revision goes */
    public record FanOut(int revision, String state, long customersReached, long ordersReached, Instant startedAt,
            Instant finishedAt, String lastError) {
    }

    /** @param sent per channel (EMAIL, SMS, PUSH, IN_APP, POSTAL) */
    public record Counts(long customers, Map<String, Long> sent, long suppressed, long failed, long pending) {
    }

    public record Page(List<Incident> incidents, String next) {
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    Incident withEtag(String etag) {
        return new Incident(id, title, message, cause, expectedResolution, selector, status, revision, revisions, fanOut,
                notices, createdBy, createdAt, resolvedAt, updatedAt, etag);
    }
}
