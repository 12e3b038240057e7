package io.cmr.orderstatus.notification.channel;

import java.util.List;

import io.cmr.orderstatus.customer.ContactPoints.ContactPoint;
import io.cmr.orderstatus.notification.MessageRenderer.RenderedMessage;

/**
 * One message ready for a channel.
 *
 * @param itemId the outbox item's id: the channel's idempotency key
 * @param to the verified contact point, null for channels that need none
 */
public record Outgoing(String itemId, String customerId, String noticeKey, String topicId, String kind,
        List<String> orderIds, ContactPoint to, RenderedMessage message, Links links) {

    /**
     * Where the customer acts on the notice, absolute URLs; {@code order}, {@code deliveryInstructions}
     * and {@code reportProblem} are null for a notice about no single order, {@code unsubscribe} for
     * channels without one-click unsubscribe.
     */
    public record Links(String order, String deliveryInstructions, String reportProblem, String preferences,
            String unsubscribe) {
    }
}
