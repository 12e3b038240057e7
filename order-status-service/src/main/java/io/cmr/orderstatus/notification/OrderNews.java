package io.cmr.orderstatus.notification;

import java.time.Instant;
import java.util.Map;

/**
 * A change of an order that customers and partners may want to hear of: a status change
 * (shipped, out for delivery, delivered) or a delay notice raised or cleared. Listeners may be
 * called again with the same {@code newsKey} after a crash, and must change nothing then.
 *
 * @param newsKey unique per order and change, e.g. {@code o-1:status:SHIPPED} or {@code o-1:delay:LATE:raised}
 * @param kind e.g. {@code SHIPPED}, {@code OUT_FOR_DELIVERY}, {@code DELIVERED}, {@code DELAY_LATE}, {@code DELAY_CLEARED}
 * @param merchant the client that owns the order
 * @param customerId null while the order has no known customer
 * @param values facts for messages (carrier, trackingNumber, eta, detail ...)
 */
public record OrderNews(String newsKey, String orderId, String merchant, String customerId, String kind, Instant at,
        Map<String, String> values) {
}
