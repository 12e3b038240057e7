package io.cmr.orderstatus.testsupport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import io.cmr.orderstatus.notification.CustomerChannel;
import io.cmr.orderstatus.notification.NoticeCounts;
import io.cmr.orderstatus.notification.NoticeRequest;
import io.cmr.orderstatus.notification.NoticeRequests;

/**
 * The outbox's entrance as tests need it until the real one is merged: idempotent on (customer,
 * notice key) like the real one, remembering every call, and able to fail a chosen batch.
 */
public class InMemoryNotices implements NoticeRequests, NoticeCounts {

    private final Map<String, NoticeRequest> notices = new ConcurrentHashMap<>();
    private final AtomicInteger requested = new AtomicInteger();
    private volatile Predicate<List<NoticeRequest>> failWhen = batch -> false;

    @Override
    public void request(List<NoticeRequest> requests) {
        if (failWhen.test(requests)) {
            throw new IllegalStateException("outbox unavailable (test)");
        }
        requested.addAndGet(requests.size());
        requests.forEach(request -> notices.putIfAbsent(request.customerId() + "|" + request.noticeKey(), request));
    }

    @Override
    public Counts ofIncident(String incidentId) {
        List<NoticeRequest> of = ofIncidentList(incidentId);
        return new Counts(of.stream().map(NoticeRequest::customerId).distinct().count(), new EnumMap<>(CustomerChannel.class),
                0, 0, of.size());
    }

    public List<NoticeRequest> ofIncidentList(String incidentId) {
        return notices.values().stream().filter(notice -> incidentId.equals(notice.incidentId())).toList();
    }

    public List<NoticeRequest> withKey(String noticeKey) {
        return new ArrayList<>(notices.values().stream().filter(notice -> noticeKey.equals(notice.noticeKey())).toList());
    }

    /** Requests received, counting those repeated. */
    public int requested() {
        return requested.get();
    }

    /** Makes the batches {@code when} accepts fail until told otherwise. */
    public void failWhen(Predicate<List<NoticeRequest>> when) {
        this.failWhen = when;
    }
}
