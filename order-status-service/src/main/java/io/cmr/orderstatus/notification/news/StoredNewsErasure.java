package io.cmr.orderstatus.notification.news;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import org.springframework.stereotype.Component;

/** Stored order news keeps who the order's customer was; an erasure leaves only the order's facts. */
@Component
public class StoredNewsErasure {

    private final MongoDatabase database;

    StoredNewsErasure(MongoDatabase database) {
        this.database = database;
    }

    public void anonymise(String customerId) {
        database.getCollection("order_news").updateMany(Filters.eq("news.customerId", customerId),
                Updates.unset("news.customerId"));
    }
}
