package io.cmr.orderstatus.notification.channel;

import io.cmr.orderstatus.notification.CustomerChannel;

import org.springframework.stereotype.Component;

/** SMS: the text and its links, cut into segments the way phones join them again. */
@Component
class SmsSender implements ChannelSender {

    private final SmsProvider provider;

    SmsSender(SmsProvider provider) {
        this.provider = provider;
    }

    @Override
    public CustomerChannel channel() {
        return CustomerChannel.SMS;
    }

    @Override
    public String send(Outgoing outgoing) {
        provider.send(outgoing.to().value(), SmsText.segments(outgoing.message().text()), outgoing.itemId());
        return outgoing.to().value();
    }
}
