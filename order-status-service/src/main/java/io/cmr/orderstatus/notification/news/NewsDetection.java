package io.cmr.orderstatus.notification.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cmr.orderstatus.notification.OrderNews;
import io.cmr.orderstatus.order.Order;
import io.cmr.orderstatus.order.domain.DelayNotice;
import io.cmr.orderstatus.order.domain.ShipmentStatus;

/**
 * The news an order's current state holds. Pure and derived from the state alone, so the same
 * change always gives the same {@code newsKey}, however often and in whatever order it is seen.
 * A step the order already went past is not announced late: once delivered, nobody needs "shipped".
 */
public final class NewsDetection {

    public static final String SHIPPED = "SHIPPED";
    public static final String OUT_FOR_DELIVERY = "OUT_FOR_DELIVERY";
    public static final String DELIVERED = "DELIVERED";
    public static final String DELAY_LATE = "DELAY_LATE";
    public static final String DELAY_EXCEPTION = "DELAY_EXCEPTION";
    public static final String DELAY_FAILED_DELIVERY = "DELAY_FAILED_DELIVERY";
    public static final String DELAY_STALE = "DELAY_STALE";
    public static final String DELAY_CLEARED = "DELAY_CLEARED";

    private NewsDetection() {
    }

    public static List<OrderNews> of(Order order) {
        List<OrderNews> news = new ArrayList<>();
        ShipmentStatus status = order.status();
        if (status == null) {
            return news;
        }
        Map<String, String> facts = facts(order);
        String step = switch (status) {
            case PICKED_UP, IN_TRANSIT, EXCEPTION -> SHIPPED;
            case OUT_FOR_DELIVERY -> OUT_FOR_DELIVERY;
            case DELIVERED -> DELIVERED;
            default -> null;
        };
        if (step != null) {
            news.add(news(order, order.orderId() + ":status:" + step, step, order.updatedAt(), facts));
        }
        for (DelayNotice delay : order.delayNotices()) {
            String key = order.orderId() + ":delay:" + delay.key() + ":" + delay.raisedAt().toEpochMilli();
            Map<String, String> values = new LinkedHashMap<>(facts);
            values.put("cause", delay.cause().name());
            values.put("detail", delay.detail());
            if (delay.trackingNumber() != null) {
                values.put("trackingNumber", delay.trackingNumber());
            }
            if (delay.active()) {
                news.add(news(order, key + ":raised", delayKind(order, delay), delay.raisedAt(), values));
            }
            else if (!status.finished()) {
                news.add(news(order, key + ":cleared", DELAY_CLEARED, delay.clearedAt(), values));
            }
        }
        return news;
    }

    /** The notice kind, which picks the template, for what the customer must hear about this delay. */
    static String delayKind(Order order, DelayNotice delay) {
        return switch (delay.cause()) {
            case ETA_AFTER_WINDOW, WINDOW_PASSED -> DELAY_LATE;
            case NO_CARRIER_NEWS -> DELAY_STALE;
            case CARRIER_PROBLEM -> order.shipments().stream()
                    .filter(shipment -> shipment.trackingNumber().equals(delay.trackingNumber()))
                    .anyMatch(shipment -> shipment.status() == ShipmentStatus.DELIVERY_FAILED)
                            ? DELAY_FAILED_DELIVERY : DELAY_EXCEPTION;
        };
    }

    private static OrderNews news(Order order, String key, String kind, Instant at, Map<String, String> values) {
        return new OrderNews(key, order.orderId(), order.merchant(), order.customerId(), kind, at, Map.copyOf(values));
    }

    private static Map<String, String> facts(Order order) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("orderId", order.orderId());
        facts.put("status", order.status().name());
        if (order.eta() != null) {
            facts.put("eta", order.eta().toString());
        }
        if (!order.shipments().isEmpty()) {
            Order.Shipment first = order.shipments().get(0);
            facts.put("carrier", first.carrier());
            facts.put("trackingNumber", first.trackingNumber());
        }
        return facts;
    }
}
