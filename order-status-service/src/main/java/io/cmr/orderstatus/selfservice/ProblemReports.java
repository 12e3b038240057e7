package io.cmr.orderstatus.selfservice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.cmr.platform.mongo.Documents;

import org.springframework.stereotype.Repository;

/** The {@code contacts} collection of coded problem reports. */
@Repository
public class ProblemReports {

    private final Documents<ProblemReport> reports;

    ProblemReports(MongoDatabase database, Clock clock) {
        this.reports = Documents.in(database, "contacts", ProblemReport.class, clock);
        this.reports.collection().createIndex(Indexes.ascending("customerId"));
    }

    ProblemReport add(ProblemReport report) {
        return reports.insertOnce(report).document();
    }

    public List<ProblemReport> of(String customerId) {
        return reports.collection().find(Filters.eq("customerId", customerId)).into(new ArrayList<>());
    }

    /** Keeps the codes for analysis, drops who reported and what they wrote. */
    public void anonymise(String customerId) {
        reports.collection().updateMany(Filters.eq("customerId", customerId),
                Updates.combine(Updates.unset("customerId"), Updates.unset("text")));
    }
}
