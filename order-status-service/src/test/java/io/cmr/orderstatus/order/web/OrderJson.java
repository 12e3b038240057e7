package io.cmr.orderstatus.order.web;

import java.time.Instant;

/** Request bodies as partners write them. */
final class OrderJson {

    private OrderJson() {
    }

    static String order(String customerId, String trackingNumber, Instant placedAt, Instant windowStart, Instant windowEnd) {
        return """
                {"customerId":"%s","placedAt":"%s",
                 "lines":[{"sku":"CUP-4","name":"Espresso cups","quantity":2}],
                 "shippingAddress":{"name":"Alice Liddell","lines":["12 rue de la Paix"],"postalCode":"75002","city":"Paris","country":"FR"},
                 "promisedWindow":{"start":"%s","end":"%s"},
                 "shipments":[{"carrier":"demo-carrier","trackingNumber":"%s","lines":[{"sku":"CUP-4","quantity":2}]}]}
                """.formatted(customerId, placedAt, windowStart, windowEnd, trackingNumber);
    }

    static String order(String customerId, String trackingNumber) {
        Instant now = Instant.now();
        return order(customerId, trackingNumber, now.minusSeconds(3600), now.plusSeconds(86_400), now.plusSeconds(2 * 86_400));
    }

    static String event(String eventId, String type, Instant occurredAt) {
        return """
                {"eventId":"%s","type":"%s","occurredAt":"%s","location":"Lyon hub"}""".formatted(eventId, type, occurredAt);
    }

    static String event(String eventId, String type, Instant occurredAt, Instant eta) {
        return """
                {"eventId":"%s","type":"%s","occurredAt":"%s","location":"Lyon hub","eta":"%s"}"""
                .formatted(eventId, type, occurredAt, eta);
    }

    static String batch(String... events) {
        return "[" + String.join(",", events) + "]";
    }
}
