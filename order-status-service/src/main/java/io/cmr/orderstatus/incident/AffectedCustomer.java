package io.cmr.orderstatus.incident;

import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A customer an incident reached, with every order of theirs it affected, so that later revisions
 * reach them again even when their orders no longer match, and their portal shows the incident.
 *
 * @param id {@code incidentId|customerId}, so one document per pair
 * @param lastRevision the latest revision they were told of
 */
public record AffectedCustomer(@BsonId String id, String incidentId, String customerId, List<String> orderIds,
        int lastRevision) {

    static String id(String incidentId, String customerId) {
        return incidentId + "|" + customerId;
    }
}
