package io.cmr.orderstatus.incident;

import java.time.Instant;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A service incident, one document: what it is, whom it affects, everything said about it
 * ({@code revisions}) and how far the latest has been told ({@code fanOut}). {@code version} is the
 * ETag; progress of the fan-out does not change it.
 *
 * @param createdBy the admin's subject or the partner's client id
 * @param client the partner that declared it, whose own orders (as merchant or carrier) are the only ones it
 *        can reach; null for an admin's
 */
public record Incident(@BsonId String id, Localized title, Localized message, String cause, Instant expectedResolution,
        IncidentSelector selector, IncidentStatus status, int revision, List<Revision> revisions, FanOut fanOut,
        String createdBy, String client, Instant createdAt, Instant resolvedAt, long version, Instant updatedAt) {

    Revision latest() {
        return revisions.get(revisions.size() - 1);
    }
}
