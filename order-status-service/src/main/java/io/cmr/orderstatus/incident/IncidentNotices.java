package io.cmr.orderstatus.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cmr.orderstatus.notification.NoticeRequest;

/**
 * The notice one customer gets of one revision: one per customer whatever the number of their
 * orders it affects, keyed by incident and revision so that a fan-out redone gives the same one.
 * Texts go in both languages ({@code title.fr}, {@code title.en} ...) and the template picks the
 * customer's.
 */
final class IncidentNotices {

    static final String TOPIC = "service-incidents";
    /** Orders named in a notice's text; a customer with more sees the count and the link. */
    static final int ORDERS_IN_TEXT = 10;

    private IncidentNotices() {
    }

    static String noticeKey(String incidentId, int revision) {
        return "incident:" + incidentId + ":v" + revision;
    }

    static NoticeRequest of(Incident incident, Revision revision, String customerId, List<String> orderIds, String portalUrl) {
        Map<String, String> values = new HashMap<>();
        values.put("incidentId", incident.id());
        localized(values, "title", incident.title());
        localized(values, "message", revision.message() != null ? revision.message() : incident.message());
        values.put("cause", incident.cause());
        values.put("expectedResolution", String.valueOf(revision.expectedResolution()));
        List<String> named = orderIds.size() > ORDERS_IN_TEXT ? orderIds.subList(0, ORDERS_IN_TEXT) : orderIds;
        values.put("orderIds", String.join(", ", named) + (named.size() < orderIds.size() ? " …" : ""));
        values.put("orderCount", Integer.toString(orderIds.size()));
        if (portalUrl != null && !portalUrl.isBlank()) {
            String base = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
            values.put("incidentUrl", base + "/incidents/" + incident.id());
            values.put("ordersUrl", base + "/orders");
        }
        return new NoticeRequest(customerId, noticeKey(incident.id(), revision.number()), TOPIC, revision.kind(),
                List.copyOf(orderIds), incident.id(), Map.copyOf(values), revision.at());
    }

    /** French is also the plain value, for a template that asks in neither language. */
    private static void localized(Map<String, String> values, String name, Localized text) {
        values.put(name, text.fr());
        values.put(name + ".fr", text.fr());
        values.put(name + ".en", text.en());
    }
}
