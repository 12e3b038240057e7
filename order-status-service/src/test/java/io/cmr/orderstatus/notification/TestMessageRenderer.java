package io.cmr.orderstatus.notification;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/** Stands in for the templates until they are merged: the kind and every value, in plain words. */
@Component
class TestMessageRenderer implements MessageRenderer {

    @Override
    public RenderedMessage render(String topicId, String kind, CustomerChannel channel, String language,
            Map<String, String> values) {
        String text = kind + " " + new TreeMap<>(values);
        return new RenderedMessage(language, kind + " (" + topicId + ")", text,
                channel == CustomerChannel.EMAIL ? "<p>" + text + "</p>" : null);
    }
}
