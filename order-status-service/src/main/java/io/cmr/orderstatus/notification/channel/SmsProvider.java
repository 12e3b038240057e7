package io.cmr.orderstatus.notification.channel;

import java.util.List;

/** An SMS gateway (an HTTP API in production); the local one writes where a person reads. */
public interface SmsProvider {

    /**
     * @param to an E.164 number
     * @param parts the message's segments in order, each within one SMS
     * @param idempotencyKey the same key again must not send again
     */
    void send(String to, List<String> parts, String idempotencyKey);
}
