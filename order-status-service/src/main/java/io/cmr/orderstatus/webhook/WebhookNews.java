package io.cmr.orderstatus.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import io.cmr.orderstatus.notification.OrderNews;
import io.cmr.orderstatus.notification.OrderNewsListener;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Turns news of a merchant's orders into a delivery for each of its subscriptions to that event
 * type. The delivery's id comes from the subscription and the news key, so news told again, after a
 * crash or by a second instance, makes no second delivery.
 */
@Component
class WebhookNews implements OrderNewsListener {

    private final Webhooks webhooks;
    private final JsonMapper json;
    private final Clock clock;

    WebhookNews(Webhooks webhooks, JsonMapper json, Clock clock) {
        this.webhooks = webhooks;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void on(OrderNews news) {
        String eventType = WebhookEvents.ofKind(news.kind());
        if (eventType == null || news.merchant() == null) {
            return;
        }
        Instant now = clock.instant();
        for (Subscription subscription : webhooks.subscribers(news.merchant(), eventType)) {
            String id = deliveryId(subscription.id(), news.newsKey());
            webhooks.add(new WebhookDelivery(id, subscription.id(), subscription.client(), news.newsKey(), eventType,
                    body(id, eventType, news), WebhookDelivery.State.PENDING, 0, now, null, null, null, null, null, now, null));
        }
    }

    /** What the partner receives; {@code id} is also the Webhook-Id header, the same at every attempt. */
    private String body(String id, String eventType, OrderNews news) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderId", news.orderId());
        data.put("kind", news.kind());
        data.put("details", news.values() == null ? Map.of() : new TreeMap<>(news.values()));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("type", eventType);
        event.put("occurredAt", String.valueOf(news.at()));
        event.put("data", data);
        return json.writeValueAsString(event);
    }

    static String deliveryId(String subscriptionId, String newsKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((subscriptionId + "\n" + newsKey).getBytes(StandardCharsets.UTF_8));
            return "whd_" + HexFormat.of().formatHex(digest, 0, 16);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
