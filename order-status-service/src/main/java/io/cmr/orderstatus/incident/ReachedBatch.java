package io.cmr.orderstatus.incident;

import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * The customers one batch of a fan-out told of a revision, with their orders: one document per
 * batch rather than per customer, so a fan-out to 50,000 customers writes 100 documents. Later
 * revisions read them to reach again customers whose orders no longer match, and the portal to show
 * a customer the incidents that concern them.
 *
 * @param id the incident, revision and the batch's first customer, so a batch redone after a crash is stored once
 * @param customerIds the customers, for finding a customer's incidents
 */
public record ReachedBatch(@BsonId String id, String incidentId, int revision, List<String> customerIds,
        List<Reached> customers) {

    public record Reached(String customerId, List<String> orderIds) {
    }

    static String id(String incidentId, int revision, String firstCustomerId) {
        return incidentId + "|v" + revision + "|" + firstCustomerId;
    }
}
