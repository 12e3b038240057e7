package io.cmr.orderstatus.notification.outbox;

import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;

/** Unordered bulk inserts where a document already stored is what was wanted. */
final class Bulk {

    private Bulk() {
    }

    /** Inserts what is new in one round trip; documents whose unique key exists are left as stored. */
    static <T> void insertAll(MongoCollection<T> collection, List<T> documents) {
        if (documents.isEmpty()) {
            return;
        }
        try {
            collection.insertMany(documents, new InsertManyOptions().ordered(false));
        }
        catch (MongoBulkWriteException ex) {
            if (ex.getWriteErrors().stream()
                    .anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
                throw ex;
            }
        }
    }
}
