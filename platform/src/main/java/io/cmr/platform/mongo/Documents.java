package io.cmr.platform.mongo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.BsonNull;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.conversions.Bson;

/**
 * A collection of typed documents, public records mapped by the driver's own record codec (the
 * id component marked {@code @BsonId}), with the two writes every service needs. Both are single
 * atomic operations, so they hold with any number of instances and need no transaction
 * (DESIGN.md §4). Domain rules stay with the caller: this only persists.
 *
 * @param <T> the document type
 */
public final class Documents<T extends Record> {

    /** The field {@link #update} checks and increments; a versioned document type has it as a {@code long}. */
    public static final String VERSION = "version";
    /** The field {@link #update} stamps with the clock's time. */
    public static final String UPDATED_AT = "updatedAt";
    private static final String ID = "_id";

    private final MongoCollection<T> collection;
    private final Clock clock;
    private final List<List<String>> uniqueKeys;

    private Documents(MongoCollection<T> collection, Clock clock, List<List<String>> uniqueKeys) {
        this.collection = collection;
        this.clock = clock;
        this.uniqueKeys = uniqueKeys;
    }

    public static <T extends Record> Documents<T> in(MongoDatabase database, String name, Class<T> type,
            Clock clock) {
        MongoCollection<T> collection = database.getCollection(name, type);
        // The embedded store uses an index only for a query on exactly its fields: without this one, every
        // versioned update scans the whole collection. A real MongoDB would not need it; it costs little.
        collection.createIndex(Indexes.ascending(ID, VERSION), new IndexOptions().unique(true));
        return new Documents<>(collection, clock, List.of(List.of(ID)));
    }

    /**
     * Creates, if it is not there yet, a unique index on {@code fields}, which {@link #insertOnce}
     * then also treats as the document's identity. Meant to be called once at start-up.
     */
    public Documents<T> withUniqueIndex(String... fields) {
        collection.createIndex(Indexes.ascending(fields), new IndexOptions().unique(true));
        List<List<String>> keys = new ArrayList<>(uniqueKeys);
        keys.add(List.of(fields));
        return new Documents<>(collection, clock, List.copyOf(keys));
    }

    /** For the queries a service makes beyond these; its writes should go through the methods here. */
    public MongoCollection<T> collection() {
        return collection;
    }

    public Optional<T> find(Object id) {
        return Optional.ofNullable(collection.find(Filters.eq(ID, id)).first());
    }

    /**
     * Stores {@code document} unless one with the same id or unique key is already there, in which
     * case that one is returned. The unique index decides, so concurrent calls store exactly one.
     * The document returned is as a later read gives it (e.g. instants to the millisecond).
     */
    public Insertion<T> insertOnce(T document) {
        BsonDocument stored = encode(document);
        try {
            collection.withDocumentClass(BsonDocument.class).insertOne(stored);
            return new Insertion<>(decode(stored), true);
        }
        catch (MongoWriteException ex) {
            if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw ex;
            }
            // Only a delete between the clash and this read leaves nothing to return.
            return new Insertion<>(existing(stored).orElseThrow(() -> ex), false);
        }
    }

    /**
     * Applies {@code changes} to the document with {@code id} only while it is still at
     * {@code expectedVersion}, incrementing its version and stamping {@link #UPDATED_AT} in the
     * same atomic write. {@code changes} must not touch those two fields. Only a failed update
     * costs a second read, to tell a stale version from a missing document.
     */
    public VersionedUpdate<T> update(Object id, long expectedVersion, Bson changes) {
        // A plain document, not Filters.and (rendered as $and, which no index of the embedded store serves).
        T updated = collection.findOneAndUpdate(new Document(ID, id).append(VERSION, expectedVersion),
                Updates.combine(changes, Updates.inc(VERSION, 1L), Updates.set(UPDATED_AT, clock.instant())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (updated != null) {
            return new VersionedUpdate.Updated<>(updated);
        }
        BsonDocument current = collection.withDocumentClass(BsonDocument.class)
                .find(Filters.eq(ID, id)).projection(Projections.include(VERSION)).first();
        return current == null
                ? new VersionedUpdate.Missing<>()
                : new VersionedUpdate.Stale<>(current.getNumber(VERSION).longValue());
    }

    private Optional<T> existing(BsonDocument stored) {
        for (List<String> key : uniqueKeys) {
            BsonDocument filter = new BsonDocument();
            key.forEach(field -> filter.append(field, valueAt(stored, field)));
            T found = collection.find(filter).first();
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** A missing field is indexed as null, so it clashes with, and is found by, null. */
    private static BsonValue valueAt(BsonDocument document, String path) {
        BsonValue value = document;
        for (String name : path.split("\\.")) {
            if (!(value instanceof BsonDocument parent) || !parent.containsKey(name)) {
                return BsonNull.VALUE;
            }
            value = parent.get(name);
        }
        return value;
    }

    private BsonDocument encode(T document) {
        BsonDocument encoded = new BsonDocument();
        codec().encode(new BsonDocumentWriter(encoded), document, EncoderContext.builder().build());
        return encoded;
    }

    private T decode(BsonDocument document) {
        return codec().decode(new BsonDocumentReader(document), DecoderContext.builder().build());
    }

    private Codec<T> codec() {
        return collection.getCodecRegistry().get(collection.getDocumentClass());
    }
}
