package io.cmr.orderstatus.notification.channel;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cmr.orderstatus.notification.CustomerChannel;
import io.cmr.orderstatus.notification.inbox.Inbox;
import io.cmr.orderstatus.notification.inbox.InboxEntry;

import org.springframework.stereotype.Component;

/** IN_APP: the notice lands in the customer's portal inbox, with its links as buttons. */
@Component
class InAppSender implements ChannelSender {

    static final String INBOX = "inbox";

    private final Inbox inbox;
    private final Clock clock;

    InAppSender(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public CustomerChannel channel() {
        return CustomerChannel.IN_APP;
    }

    @Override
    public String send(Outgoing outgoing) {
        Map<String, String> links = new LinkedHashMap<>();
        put(links, "order", outgoing.links().order());
        put(links, "deliveryInstructions", outgoing.links().deliveryInstructions());
        put(links, "reportProblem", outgoing.links().reportProblem());
        put(links, "preferences", outgoing.links().preferences());
        inbox.deliver(new InboxEntry(outgoing.itemId(), outgoing.customerId(), outgoing.noticeKey(), outgoing.topicId(),
                outgoing.kind(), outgoing.orderIds(), outgoing.message().subject(), outgoing.message().text(),
                Map.copyOf(links), clock.instant(), null));
        return INBOX;
    }

    private static void put(Map<String, String> links, String name, String url) {
        if (url != null) {
            links.put(name, url);
        }
    }
}
