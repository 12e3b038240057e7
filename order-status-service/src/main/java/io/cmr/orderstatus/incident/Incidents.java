package io.cmr.orderstatus.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.cmr.platform.mongo.Documents;
import io.cmr.platform.mongo.Insertion;
import io.cmr.platform.mongo.VersionedUpdate;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Repository;

/** The {@code incidents} collection, the customers each reached ({@code incident_reach}), and the orders they read. */
@Repository
class Incidents {

    private static final String FAN_OUT = "fanOut";

    private final Documents<Incident> incidents;
    private final MongoCollection<ReachedBatch> reach;
    private final MongoCollection<AffectedOrder> orders;
    private final Clock clock;

    Incidents(MongoDatabase database, Clock clock) {
        this.incidents = Documents.in(database, "incidents", Incident.class, clock);
        this.reach = database.getCollection("incident_reach", ReachedBatch.class);
        this.orders = database.getCollection("orders", AffectedOrder.class);
        this.clock = clock;
        // For a real MongoDB: the list, a customer's banner, and a revision's customers read by these.
        incidents.collection().createIndex(Indexes.descending("createdAt", "_id"));
        reach.createIndex(Indexes.ascending("customerIds"));
        reach.createIndex(Indexes.ascending("incidentId", "revision"));
    }

    Insertion<Incident> insert(Incident incident) {
        return incidents.insertOnce(incident);
    }

    Optional<Incident> find(String id) {
        return incidents.find(id);
    }

    /** Records a new revision and restarts the fan-out for it, in one write, if the incident is still at {@code expectedVersion}. */
    VersionedUpdate<Incident> revise(Incident current, Revision revision, Localized message, IncidentStatus status,
            FanOut fanOut) {
        return incidents.update(current.id(), current.version(), Updates.combine(
                Updates.set("revision", revision.number()), Updates.push("revisions", revision),
                Updates.set("message", message), Updates.set("expectedResolution", revision.expectedResolution()),
                Updates.set("status", status),
                status == IncidentStatus.RESOLVED ? Updates.set("resolvedAt", revision.at()) : Updates.unset("resolvedAt"),
                Updates.set(FAN_OUT, fanOut)));
    }

    /** A page of incidents, newest first, after the one {@code after} names. */
    List<Incident> page(IncidentStatus status, Instant afterCreatedAt, String afterId, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        if (afterId != null) {
            filters.add(Filters.or(Filters.lt("createdAt", afterCreatedAt),
                    Filters.and(Filters.eq("createdAt", afterCreatedAt), Filters.lt("_id", afterId))));
        }
        return incidents.collection().find(filters.isEmpty() ? Filters.empty() : Filters.and(filters))
                .sort(Sorts.descending("createdAt", "_id")).limit(limit).into(new ArrayList<>());
    }

    /** Incidents a customer was told of, newest first. */
    List<Incident> ofCustomer(String customerId) {
        List<String> ids = affectedOf(customerId).stream().map(AffectedCustomer::incidentId).toList();
        return ids.isEmpty() ? List.of() : incidents.collection().find(Filters.in("_id", ids))
                .sort(Sorts.descending("createdAt", "_id")).into(new ArrayList<>());
    }

    /** Each incident that reached the customer, with all their orders it was about. */
    List<AffectedCustomer> affectedOf(String customerId) {
        Map<String, Set<String>> orderIds = new LinkedHashMap<>();
        for (ReachedBatch batch : reach.find(Filters.eq("customerIds", customerId))) {
            batch.customers().stream().filter(reached -> reached.customerId().equals(customerId)).forEach(reached ->
                    orderIds.computeIfAbsent(batch.incidentId(), id -> new LinkedHashSet<>()).addAll(reached.orderIds()));
        }
        return orderIds.entrySet().stream()
                .map(entry -> new AffectedCustomer(entry.getKey(), customerId, List.copyOf(entry.getValue()))).toList();
    }

    void forget(String customerId) {
        reach.updateMany(Filters.eq("customerIds", customerId), Updates.combine(Updates.pull("customerIds", customerId),
                Updates.pullByFilter(Filters.eq("customers", new Document("customerId", customerId)))));
    }

    /** Fan-outs not finished whose lease is free: a crashed or failed instance's, or one nobody started. */
    List<String> unfinishedFanOuts() {
        return incidents.collection().withDocumentClass(Document.class)
                .find(Filters.and(Filters.eq(FAN_OUT + ".state", FanOut.State.RUNNING.name()), leaseFree(clock.instant())))
                .projection(Projections.include("_id")).map(found -> found.getString("_id")).into(new ArrayList<>());
    }

    /** Takes the lease of the incident's unfinished fan-out for {@code holder}; empty when done or held by another. */
    Optional<Incident> claimFanOut(String id, String holder, Instant leaseUntil) {
        return Optional.ofNullable(incidents.collection().findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.eq(FAN_OUT + ".state", FanOut.State.RUNNING.name()),
                        leaseFree(clock.instant())),
                Updates.combine(Updates.set(FAN_OUT + ".holder", holder), Updates.set(FAN_OUT + ".leaseUntil", leaseUntil)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    }

    /**
     * Records a batch done: the cursor moves past it and the counts grow, in one write, only while
     * {@code holder} still runs this revision's fan-out. False when it no longer does (lease lost,
     * or a newer revision replaced it): the caller stops.
     */
    boolean advance(String id, int revision, String holder, FanOut.Phase phase, String cursor, long customers, long orderCount,
            Instant leaseUntil) {
        return incidents.collection().updateOne(mine(id, revision, holder), Updates.combine(
                Updates.set(FAN_OUT + ".phase", phase), cursor == null ? Updates.unset(FAN_OUT + ".cursor") : Updates.set(FAN_OUT + ".cursor", cursor),
                Updates.inc(FAN_OUT + ".customers", customers), Updates.inc(FAN_OUT + ".orders", orderCount),
                Updates.set(FAN_OUT + ".leaseUntil", leaseUntil))).getModifiedCount() == 1;
    }

    void finish(String id, int revision, String holder) {
        incidents.collection().updateOne(mine(id, revision, holder), Updates.combine(
                Updates.set(FAN_OUT + ".state", FanOut.State.DONE), Updates.unset(FAN_OUT + ".cursor"),
                Updates.unset(FAN_OUT + ".holder"), Updates.unset(FAN_OUT + ".leaseUntil"),
                Updates.unset(FAN_OUT + ".lastError"), Updates.set(FAN_OUT + ".finishedAt", clock.instant())));
    }

    /** Lets another try go at it after {@code retryAt}, noting why this one stopped. */
    void release(String id, int revision, String holder, Instant retryAt, String error) {
        incidents.collection().updateOne(mine(id, revision, holder), Updates.combine(
                Updates.set(FAN_OUT + ".leaseUntil", retryAt), Updates.set(FAN_OUT + ".lastError", error)));
    }

    private static Bson mine(String id, int revision, String holder) {
        return Filters.and(Filters.eq("_id", id), Filters.eq(FAN_OUT + ".revision", revision), Filters.eq(FAN_OUT + ".holder", holder),
                Filters.eq(FAN_OUT + ".state", FanOut.State.RUNNING.name()));
    }

    private static Bson leaseFree(Instant now) {
        return Filters.or(Filters.eq(FAN_OUT + ".leaseUntil", null), Filters.lt(FAN_OUT + ".leaseUntil", now));
    }

    /** The selector's orders with a customer (a partner's: among its own), by customer, after customer {@code after}: only id and customer are read. */
    MongoCursor<AffectedOrder> matching(Incident incident, String after) {
        List<Bson> filters = new ArrayList<>(List.of(incident.selector().filter()));
        if (incident.client() != null) {
            filters.add(Filters.or(Filters.eq("merchant", incident.client()), Filters.eq("shipments.carrier", incident.client())));
        }
        if (after != null) {
            filters.add(Filters.gt("customerId", after));
        }
        Bson filter = Filters.and(filters);
        return orders.find(filter).projection(Projections.include("_id", "customerId"))
                .sort(Sorts.ascending("customerId", "_id")).batchSize(2_000).iterator();
    }

    /** Records that these customers were told of {@code revision}; a batch redone is stored once. */
    void reached(String incidentId, int revision, Map<String, List<String>> ordersByCustomer) {
        if (ordersByCustomer.isEmpty()) {
            return;
        }
        List<ReachedBatch.Reached> customers = new ArrayList<>(ordersByCustomer.size());
        ordersByCustomer.forEach((customerId, orderIds) -> customers.add(new ReachedBatch.Reached(customerId, orderIds)));
        try {
            reach.insertOne(new ReachedBatch(ReachedBatch.id(incidentId, revision, customers.get(0).customerId()), incidentId,
                    revision, List.copyOf(ordersByCustomer.keySet()), customers));
        }
        catch (MongoWriteException ex) {
            if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw ex;
            }
        }
    }

    /** The customers told of {@code revision} so far. */
    Set<String> customersReached(String incidentId, int revision) {
        Set<String> customers = new HashSet<>();
        reach.withDocumentClass(Document.class)
                .find(Filters.and(Filters.eq("incidentId", incidentId), Filters.eq("revision", revision)))
                .projection(Projections.include("customerIds"))
                .forEach(batch -> customers.addAll(batch.getList("customerIds", String.class)));
        return customers;
    }

    /** The batches of the revisions before {@code revision}. */
    Iterable<ReachedBatch> reachedBefore(String incidentId, int revision) {
        return reach.find(Filters.and(Filters.eq("incidentId", incidentId), Filters.lt("revision", revision)));
    }
}
