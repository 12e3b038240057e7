package io.cmr.orderstatus.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.cmr.platform.mongo.Documents;
import io.cmr.platform.mongo.Insertion;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Repository;

/** The {@code webhook_subscriptions} and {@code webhook_deliveries} collections. */
@Repository
class Webhooks {

    private final Documents<Subscription> subscriptions;
    private final Documents<WebhookDelivery> deliveries;

    Webhooks(MongoDatabase database, Clock clock) {
        this.subscriptions = Documents.in(database, "webhook_subscriptions", Subscription.class, clock);
        this.deliveries = Documents.in(database, "webhook_deliveries", WebhookDelivery.class, clock)
                .withUniqueIndex("subscriptionId", "newsKey");
        // For a real MongoDB: the news listener, the dispatcher's claim and the partner's list read by these.
        subscriptions.collection().createIndex(Indexes.ascending("client", "eventTypes"));
        deliveries.collection().createIndex(Indexes.ascending("state", "nextAttemptAt"));
        deliveries.collection().createIndex(Indexes.descending("subscriptionId", "createdAt", "_id"));
    }

    void add(Subscription subscription) {
        subscriptions.insertOnce(subscription);
    }

    Optional<Subscription> find(String id) {
        return subscriptions.find(id);
    }

    List<Subscription> of(String client) {
        return subscriptions.collection().find(Filters.eq("client", client)).sort(Sorts.ascending("createdAt", "_id"))
                .into(new ArrayList<>());
    }

    long countOf(String client) {
        return subscriptions.collection().countDocuments(Filters.eq("client", client));
    }

    List<Subscription> subscribers(String client, String eventType) {
        return subscriptions.collection().find(Filters.and(Filters.eq("client", client), Filters.eq("eventTypes", eventType)))
                .into(new ArrayList<>());
    }

    /** Deletes the client's subscription and its deliveries; false when it has none by that id. */
    boolean delete(String id, String client) {
        boolean deleted = subscriptions.collection().deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("client", client)))
                .getDeletedCount() == 1;
        if (deleted) {
            deliveries.collection().deleteMany(Filters.eq("subscriptionId", id));
        }
        return deleted;
    }

    Insertion<WebhookDelivery> add(WebhookDelivery delivery) {
        return deliveries.insertOnce(delivery);
    }

    /**
     * Takes the delivery due longest ago, or one whose sender's lease has passed, for {@code holder}
     * in one atomic write that also counts the attempt; empty when none is due.
     */
    Optional<WebhookDelivery> claimDue(String holder, Instant now, Instant leaseUntil) {
        Bson due = Filters.or(
                Filters.and(Filters.in("state", WebhookDelivery.State.PENDING.name(), WebhookDelivery.State.FAILED.name()),
                        Filters.lte("nextAttemptAt", now)),
                Filters.and(Filters.eq("state", WebhookDelivery.State.SENDING.name()), Filters.lt("leaseUntil", now)));
        return Optional.ofNullable(deliveries.collection().findOneAndUpdate(due,
                Updates.combine(Updates.set("state", WebhookDelivery.State.SENDING), Updates.set("holder", holder),
                        Updates.set("leaseUntil", leaseUntil), Updates.inc("attempts", 1), Updates.set("lastAttemptAt", now)),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("nextAttemptAt")).returnDocument(ReturnDocument.AFTER)));
    }

    /** Records the try's outcome, if {@code holder} still holds the delivery. */
    void outcome(String id, String holder, WebhookDelivery.State state, Instant nextAttemptAt, Integer status, String error,
            Instant deliveredAt) {
        deliveries.collection().updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("holder", holder),
                Filters.eq("state", WebhookDelivery.State.SENDING.name())), Updates.combine(
                Updates.set("state", state), Updates.unset("holder"), Updates.unset("leaseUntil"),
                nextAttemptAt == null ? Updates.unset("nextAttemptAt") : Updates.set("nextAttemptAt", nextAttemptAt),
                status == null ? Updates.unset("lastStatus") : Updates.set("lastStatus", status),
                error == null ? Updates.unset("lastError") : Updates.set("lastError", error),
                deliveredAt == null ? Updates.unset("deliveredAt") : Updates.set("deliveredAt", deliveredAt)));
    }

    /** A page of a subscription's deliveries, newest first, after the one given. */
    List<WebhookDelivery> deliveries(String subscriptionId, Instant afterCreatedAt, String afterId, int limit) {
        Bson filter = Filters.eq("subscriptionId", subscriptionId);
        if (afterId != null) {
            filter = Filters.and(filter, Filters.or(Filters.lt("createdAt", afterCreatedAt),
                    Filters.and(Filters.eq("createdAt", afterCreatedAt), Filters.lt("_id", afterId))));
        }
        return deliveries.collection().find(filter).sort(Sorts.descending("createdAt", "_id")).limit(limit)
                .into(new ArrayList<>());
    }
}
