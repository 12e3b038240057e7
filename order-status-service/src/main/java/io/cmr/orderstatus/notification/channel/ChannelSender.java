package io.cmr.orderstatus.notification.channel;

import io.cmr.orderstatus.notification.CustomerChannel;

/** One way of reaching a customer. A failure throws, with the channel's answer as the message. */
public interface ChannelSender {

    CustomerChannel channel();

    /** @return where the message went (the address, or the inbox), kept on the outbox item */
    String send(Outgoing message);
}
