package io.cmr.orderstatus.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.cmr.platform.mongo.Documents;
import io.cmr.platform.mongo.Insertion;
import io.cmr.platform.mongo.VersionedUpdate;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Repository;

/** The {@code coded_contacts} collection, and each customer's latest contact per reason for repeat detection. */
@Repository
public class Contacts {

    private final Documents<Contact> contacts;
    private final MongoCollection<LastContact> latest;
    private final Clock clock;

    Contacts(MongoDatabase database, Clock clock) {
        this.contacts = Documents.in(database, "coded_contacts", Contact.class, clock).withUniqueIndex("requestKey");
        this.latest = database.getCollection("contact_latest", LastContact.class);
        // For a real MongoDB: exports and erasures read by customer.
        contacts.collection().createIndex(Indexes.ascending("customerId"));
        latest.createIndex(Indexes.ascending("customerId"));
        this.clock = clock;
    }

    Insertion<Contact> insert(Contact contact) {
        return contacts.insertOnce(contact);
    }

    public Optional<Contact> find(String id) {
        return contacts.find(id);
    }

    /**
     * Makes {@code contact} its customer's latest for its reason and answers the one it replaces.
     * A contact recorded late, older than the latest, leaves the latest as it was and repeats nothing.
     */
    Optional<LastContact> replaceLatest(Contact contact) {
        String id = LastContact.id(contact.customerId(), contact.reasonCode());
        LastContact previous = swap(id, contact.customerId(), contact.id(), contact.at());
        if (previous != null && previous.at().isAfter(contact.at())) {
            swap(id, previous.customerId(), previous.contactId(), previous.at());
            return Optional.empty();
        }
        return Optional.ofNullable(previous);
    }

    private LastContact swap(String id, String customerId, String contactId, Instant at) {
        Bson changes = Updates.combine(Updates.set("customerId", customerId), Updates.set("contactId", contactId),
                Updates.set("at", at));
        FindOneAndUpdateOptions options = new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE);
        try {
            return latest.findOneAndUpdate(Filters.eq("_id", id), changes, options);
        }
        catch (MongoCommandException | MongoWriteException ex) {
            // Two first contacts at once: the loser's retry finds the winner's document.
            if (ErrorCategory.fromErrorCode(ex.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw ex;
            }
            return latest.findOneAndUpdate(Filters.eq("_id", id), changes, options);
        }
    }

    /** Links a repeat to the contact it repeats, which was therefore not truly resolved. */
    void linkRepeat(String repeatId, String earlierId) {
        Instant now = clock.instant();
        contacts.collection().updateOne(Filters.eq("_id", repeatId), Updates.combine(Updates.set("repeatOf", earlierId),
                Updates.inc(Documents.VERSION, 1L), Updates.set(Documents.UPDATED_AT, now)));
        // By id alone (the embedded store scans for any other filter): a contact stops being its
        // customer's latest once, so only one later contact ever links to it.
        contacts.collection().updateOne(Filters.eq("_id", earlierId), Updates.combine(
                Updates.set("repeatedBy", repeatId), Updates.inc(Documents.VERSION, 1L),
                Updates.set(Documents.UPDATED_AT, now)));
    }

    VersionedUpdate<Contact> recode(Contact contact, String reasonCode, Contact.Recoding recoding) {
        return contacts.update(contact.id(), contact.version(),
                Updates.combine(Updates.set("reasonCode", reasonCode), Updates.push("recodings", recoding)));
    }

    public List<Contact> of(String customerId) {
        return contacts.collection().find(Filters.eq("customerId", customerId)).into(new ArrayList<>());
    }

    /** Keeps the contacts, counted as before, without who made them or what was noted. */
    public void anonymise(String customerId) {
        contacts.collection().updateMany(Filters.eq("customerId", customerId), Updates.combine(
                Updates.unset("customerId"), Updates.unset("note"), Updates.inc(Documents.VERSION, 1L),
                Updates.set(Documents.UPDATED_AT, clock.instant())));
        latest.deleteMany(Filters.eq("customerId", customerId));
    }
}
