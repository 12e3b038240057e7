package io.cmr.orderstatus.notification;

import java.time.Instant;
import java.util.List;

/** What customers had been told, for questions asked after the fact (did a notice come before this call?). */
public interface SentNotices {

    /**
     * Notices that reached the customer (at least one channel SENT) before {@code before}, newest
     * first: about that order when {@code orderId} is given, else any of the customer's.
     */
    List<SentNotice> sentBefore(String customerId, String orderId, Instant before);

    record SentNotice(String noticeKey, String kind, String incidentId, List<String> orderIds, Instant sentAt) {
    }
}
