package io.cmr.portal.api.profile;

import java.time.Instant;
import java.util.List;

/**
 * A request to erase everything held about the customer, and how far each service has got.
 *
 * @param status PENDING until every part is CONFIRMED, then DONE
 */
public record Erasure(String id, String status, List<Part> parts, Instant createdAt, Instant updatedAt) {

    public record Part(String name, String status, Instant confirmedAt) {
    }

    public boolean done() {
        return "DONE".equals(status);
    }
}
