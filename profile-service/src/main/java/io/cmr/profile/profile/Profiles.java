package io.cmr.profile.profile;

import java.time.Instant;
import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Repository;

/** The {@code profiles} collection; the document id is the customer id. */
@Repository
public class Profiles {

    private final MongoCollection<Document> collection;

    Profiles(MongoDatabase database) {
        this.collection = database.getCollection("profiles");
    }

    /**
     * The customer's profile, created from {@code first} in the same atomic write when there is
     * none yet, so two first requests at once still make exactly one profile.
     */
    public Profile findOrCreate(Profile first) {
        Bson byId = Filters.eq("_id", first.customerId());
        Bson createIfAbsent = Updates.combine(
                Updates.setOnInsert("givenName", first.givenName()),
                Updates.setOnInsert("familyName", first.familyName()),
                Updates.setOnInsert("email", first.email()),
                Updates.setOnInsert("language", first.language()),
                Updates.setOnInsert("version", first.version()),
                Updates.setOnInsert("createdAt", Date.from(first.createdAt())),
                Updates.setOnInsert("updatedAt", Date.from(first.updatedAt())));
        FindOneAndUpdateOptions upsert = new FindOneAndUpdateOptions().upsert(true)
                .returnDocument(ReturnDocument.AFTER);
        try {
            return toProfile(collection.findOneAndUpdate(byId, createIfAbsent, upsert));
        }
        catch (MongoWriteException ex) {
            // A concurrent first request inserted it between our match and our insert: it is there now.
            if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return toProfile(collection.find(byId).first());
            }
            throw ex;
        }
    }

    private static Profile toProfile(Document document) {
        return new Profile(document.getString("_id"),
                document.getString("givenName"),
                document.getString("familyName"),
                document.getString("email"),
                document.getString("language"),
                document.get("version", Number.class).longValue(),
                instant(document.getDate("createdAt")),
                instant(document.getDate("updatedAt")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
