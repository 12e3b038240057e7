package io.cmr.orderstatus.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cmr.orderstatus.notification.CustomerChannel;
import io.cmr.orderstatus.notification.MessageRenderer;

import org.springframework.stereotype.Component;

/**
 * Renders notices from the stored templates. The customer's language wins over the topic: the
 * topic's own template, then the default one, in their language, and only then the same in the
 * other language. Push, having no template of its own, says what in-app says.
 */
@Component
class TemplateRenderer implements MessageRenderer {

    private final MessageTemplates templates;

    TemplateRenderer(MessageTemplates templates) {
        this.templates = templates;
    }

    @Override
    public RenderedMessage render(String topicId, String kind, CustomerChannel channel, String language,
            Map<String, String> values) {
        String wanted = TemplateKey.LANGUAGES.contains(language) ? language : "fr";
        MessageTemplate template = find(new TemplateKey(topicId, kind, channel, wanted))
                .or(() -> channel == CustomerChannel.PUSH
                        ? find(new TemplateKey(topicId, kind, CustomerChannel.IN_APP, wanted))
                        : Optional.empty())
                .orElseThrow(() -> new NoTemplate(topicId, kind, channel));
        return render(template.content(), template.language(), values);
    }

    static RenderedMessage render(TemplateContent content, String language, Map<String, String> values) {
        Map<String, String> given = values == null ? Map.of() : values;
        return new RenderedMessage(language, TemplateText.render(content.subject(), given, language, false),
                TemplateText.render(content.text(), given, language, false),
                TemplateText.render(content.html(), given, language, true));
    }

    /** One read for the four candidates, best first. */
    private Optional<MessageTemplate> find(TemplateKey key) {
        String other = TemplateKey.otherLanguage(key.language());
        return templates.firstOf(List.of(key, key.forAnyTopic(), key.inLanguage(other), key.forAnyTopic().inLanguage(other)));
    }

    /** No template in either language: a kind nobody wrote words for, or a channel without text (postal). */
    public static final class NoTemplate extends IllegalArgumentException {

        NoTemplate(String topicId, String kind, CustomerChannel channel) {
            super("No template for topic " + topicId + ", kind " + kind + ", channel " + channel);
        }
    }
}
