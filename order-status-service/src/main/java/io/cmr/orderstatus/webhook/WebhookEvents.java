package io.cmr.orderstatus.webhook;

import java.util.List;

/** The event types a partner can subscribe to, and the order news each stands for. */
final class WebhookEvents {

    static final List<String> TYPES = List.of("order.shipped", "order.out_for_delivery", "order.delivered", "order.delayed",
            "order.delay_cleared");

    private WebhookEvents() {
    }

    /** The event type of a news kind, null for news partners do not get. */
    static String ofKind(String kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "SHIPPED" -> "order.shipped";
            case "OUT_FOR_DELIVERY" -> "order.out_for_delivery";
            case "DELIVERED" -> "order.delivered";
            case "DELAY_CLEARED" -> "order.delay_cleared";
            default -> kind.startsWith("DELAY_") ? "order.delayed" : null;
        };
    }
}
