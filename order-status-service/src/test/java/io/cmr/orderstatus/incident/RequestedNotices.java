package io.cmr.orderstatus.incident;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.cmr.orderstatus.notification.outbox.Notice;

/** What the fan-out asked the outbox to tell, read from the outbox's own {@code notices} collection. */
final class RequestedNotices {

    private final MongoCollection<Notice> notices;

    RequestedNotices(MongoDatabase database) {
        this.notices = database.getCollection("notices", Notice.class);
    }

    List<Notice> ofIncident(String incidentId) {
        return notices.find(Filters.eq("incidentId", incidentId)).into(new ArrayList<>());
    }

    List<Notice> withKey(String noticeKey) {
        return notices.find(Filters.eq("noticeKey", noticeKey)).into(new ArrayList<>());
    }
}
