package io.cmr.orderstatus.template;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.cmr.platform.mongo.Documents;
import io.cmr.platform.mongo.Insertion;
import io.cmr.platform.mongo.VersionedUpdate;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Repository;

/** The {@code message_templates} collection; the defaults are stored at start-up unless already there, so an admin's edits stay. */
@Repository
class MessageTemplates {

    private final Documents<MessageTemplate> templates;
    private final Clock clock;

    MessageTemplates(MongoDatabase database, Clock clock) {
        this.templates = Documents.in(database, "message_templates", MessageTemplate.class, clock);
        this.clock = clock;
        seed();
    }

    private void seed() {
        try {
            templates.collection().insertMany(DefaultTemplates.all(clock.instant()), new InsertManyOptions().ordered(false));
        }
        catch (MongoBulkWriteException ex) {
            if (ex.getWriteErrors().stream().anyMatch(e -> ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
                throw ex;
            }
        }
    }

    Optional<MessageTemplate> find(TemplateKey key) {
        return templates.find(key.id());
    }

    /** The first of {@code keys} that has a template, in the order given. */
    Optional<MessageTemplate> firstOf(List<TemplateKey> keys) {
        List<String> ids = keys.stream().map(TemplateKey::id).toList();
        List<MessageTemplate> found = templates.collection().find(Filters.in("_id", ids)).into(new ArrayList<>());
        return found.stream().min(Comparator.comparingInt(template -> ids.indexOf(template.id())));
    }

    Insertion<MessageTemplate> create(TemplateKey key, TemplateContent content, String by) {
        return templates.insertOnce(MessageTemplate.of(key, content, by, clock.instant()));
    }

    VersionedUpdate<MessageTemplate> replace(TemplateKey key, long expectedVersion, TemplateContent content, String by) {
        return templates.update(key.id(), expectedVersion, Updates.combine(setOrUnset("subject", content.subject()),
                Updates.set("text", content.text()), setOrUnset("html", content.html()), Updates.set("updatedBy", by)));
    }

    /** Templates matching the filters given (null for any), in key order, after {@code afterId}. */
    List<MessageTemplate> list(String topicId, String kind, String channel, String language, String afterId, int limit) {
        List<Bson> filters = new ArrayList<>();
        addEq(filters, "topicId", topicId);
        addEq(filters, "kind", kind);
        addEq(filters, "channel", channel);
        addEq(filters, "language", language);
        if (afterId != null) {
            filters.add(Filters.gt("_id", afterId));
        }
        return templates.collection().find(filters.isEmpty() ? Filters.empty() : Filters.and(filters))
                .sort(Sorts.ascending("_id")).limit(limit).into(new ArrayList<>());
    }

    private static void addEq(List<Bson> filters, String field, String value) {
        if (value != null) {
            filters.add(Filters.eq(field, value));
        }
    }

    private static Bson setOrUnset(String field, String value) {
        return value == null ? Updates.unset(field) : Updates.set(field, value);
    }
}
