package io.cmr.orderstatus.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something one customer should hear about: one notice, whatever channels it then goes through.
 * The same {@code noticeKey} for the same customer is the same notice however often it is
 * requested, so duplicate and replayed causes give one notice.
 *
 * @param noticeKey unique per customer, e.g. {@code order:o-1:delay:LATE} or {@code incident:i-7:update:2}
 * @param topicId the preference-service topic whose choices decide the channels and hours
 * @param kind what happened, which picks the message template (e.g. {@code DELAY_LATE}, {@code SHIPPED},
 *        {@code INCIDENT_DECLARED}, {@code INCIDENT_UPDATED}, {@code INCIDENT_RESOLVED})
 * @param orderIds the customer's orders it is about, empty when none
 * @param incidentId the incident it belongs to, null when none
 * @param values the message's placeholders, by name
 * @param occurredAt when the cause happened
 */
public record NoticeRequest(String customerId, String noticeKey, String topicId, String kind, List<String> orderIds,
        String incidentId, Map<String, String> values, Instant occurredAt) {
}
