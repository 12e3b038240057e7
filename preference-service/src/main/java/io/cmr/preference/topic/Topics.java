package io.cmr.preference.topic;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.cmr.platform.mongo.Documents;
import io.cmr.platform.mongo.Insertion;
import io.cmr.platform.mongo.VersionedUpdate;

import org.springframework.stereotype.Repository;

/** The {@code topics} collection: the catalog. Seeded at start; a seed never overwrites an edited topic. */
@Repository
public class Topics {

    private final Documents<Topic> topics;
    private final Clock clock;

    Topics(MongoDatabase database, Clock clock) {
        this.topics = Documents.in(database, "topics", Topic.class, clock);
        this.clock = clock;
        TopicSeed.topics(clock.instant()).forEach(topics::insertOnce);
    }

    public List<Topic> all() {
        return topics.collection().find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    public Optional<Topic> find(String id) {
        return topics.find(id);
    }

    Insertion<Topic> create(TopicRequest request) {
        return topics.insertOnce(request.toTopic(request.id(), 1, clock.instant()));
    }

    VersionedUpdate<Topic> replace(String id, long expectedVersion, TopicRequest request) {
        return topics.update(id, expectedVersion, Updates.combine(
                Updates.set("name", request.name()), Updates.set("description", request.description()),
                Updates.set("category", request.category()), Updates.set("allowedChannels", request.allowedChannels()),
                Updates.set("defaultChannels", request.defaultChannels()), Updates.set("mandatory", request.mandatory())));
    }

    void delete(String id) {
        topics.collection().deleteOne(Filters.eq("_id", id));
    }
}
