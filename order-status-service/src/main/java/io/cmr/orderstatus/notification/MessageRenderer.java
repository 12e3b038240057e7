package io.cmr.orderstatus.notification;

import java.util.Map;

/** Turns a notice into the words of one channel, in the customer's language. */
public interface MessageRenderer {

    /**
     * @param language {@code fr} or {@code en}; the other language's template stands in when one is missing
     * @return the message; {@code html} is null for channels without it
     */
    RenderedMessage render(String topicId, String kind, CustomerChannel channel, String language, Map<String, String> values);

    record RenderedMessage(String language, String subject, String text, String html) {
    }
}
