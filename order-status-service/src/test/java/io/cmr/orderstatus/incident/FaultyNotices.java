package io.cmr.orderstatus.incident;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import io.cmr.orderstatus.notification.NoticeRequest;
import io.cmr.orderstatus.notification.NoticeRequests;

/** The outbox's real entrance, able to fail the batches a test chooses, and counting every request it passed on. */
final class FaultyNotices implements NoticeRequests {

    private final NoticeRequests outbox;
    private final AtomicInteger requested = new AtomicInteger();
    private volatile Predicate<List<NoticeRequest>> failWhen = batch -> false;

    FaultyNotices(NoticeRequests outbox) {
        this.outbox = outbox;
    }

    @Override
    public void request(List<NoticeRequest> requests) {
        if (failWhen.test(requests)) {
            throw new IllegalStateException("outbox unavailable (test)");
        }
        outbox.request(requests);
        requested.addAndGet(requests.size());
    }

    /** Requests passed on to the outbox, counting those repeated. */
    int requested() {
        return requested.get();
    }

    /** Makes the batches {@code when} accepts fail until told otherwise. */
    void failWhen(Predicate<List<NoticeRequest>> when) {
        this.failWhen = when;
    }
}
