package io.cmr.orderstatus.notification;

import java.util.Map;

/** How the notices of an incident fared, for the admins' list. */
public interface NoticeCounts {

    Counts ofIncident(String incidentId);

    /**
     * @param customers customers with at least one notice of the incident
     * @param sent per channel, notices delivered
     */
    record Counts(long customers, Map<CustomerChannel, Long> sent, long suppressed, long failed, long pending) {
    }
}
