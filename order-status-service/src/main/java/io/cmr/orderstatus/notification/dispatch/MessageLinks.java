package io.cmr.orderstatus.notification.dispatch;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.cmr.orderstatus.notification.CustomerChannel;
import io.cmr.orderstatus.notification.channel.Outgoing.Links;
import io.cmr.orderstatus.notification.outbox.OutboxItem;

/** The portal pages that answer a notice, on the public host. */
final class MessageLinks {

    private MessageLinks() {
    }

    static Links of(URI publicUrl, OutboxItem item, String unsubscribePath) {
        String base = publicUrl.toString().replaceAll("/+$", "");
        String order = item.orderIds() == null || item.orderIds().size() != 1 ? null
                : base + "/orders/" + item.orderIds().get(0);
        return new Links(order, order == null ? null : order + "/delivery-instructions",
                order == null ? null : order + "/problems/new",
                base + "/preferences?topic=" + item.topicId() + "&channel=" + channelOf(item),
                unsubscribePath == null ? null : base + unsubscribePath);
    }

    /**
     * The portal's unsubscribe page for a link's token: it says what would be turned off and asks to
     * confirm, in the customer's language. The List-Unsubscribe header keeps the RFC 8058 one-click
     * URL, which mail clients post to.
     */
    static String unsubscribePage(URI publicUrl, String token) {
        return publicUrl.toString().replaceAll("/+$", "") + "/unsubscribe?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static String channelOf(OutboxItem item) {
        CustomerChannel channel = item.channel();
        return channel == null ? "" : channel.name();
    }
}
