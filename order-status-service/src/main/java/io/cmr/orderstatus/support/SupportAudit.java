package io.cmr.orderstatus.support;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.cmr.platform.mongo.Documents;

import org.springframework.stereotype.Component;

/** Records who in support read which customer's orders, before the data is shown. */
@Component
public class SupportAudit {

    private final Documents<SupportRead> reads;
    private final Clock clock;

    SupportAudit(MongoDatabase database, Clock clock) {
        this.reads = Documents.in(database, "support_reads", SupportRead.class, clock);
        this.reads.collection().createIndex(Indexes.ascending("customerId"));
        this.clock = clock;
    }

    public void read(String agent, String customerId, String orderId) {
        reads.insertOnce(new SupportRead(UUID.randomUUID().toString(), agent, customerId, orderId, clock.instant()));
    }

    public void anonymise(String customerId) {
        reads.collection().updateMany(Filters.eq("customerId", customerId), Updates.unset("customerId"));
    }

    public List<SupportRead> of(String customerId) {
        return reads.collection().find(Filters.eq("customerId", customerId)).into(new ArrayList<>());
    }
}
