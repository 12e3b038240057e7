package io.cmr.orderstatus.template;

import java.time.Instant;

import io.cmr.orderstatus.notification.CustomerChannel;
import org.bson.codecs.pojo.annotations.BsonId;

/** A stored template, one document per topic × kind × channel × language; {@code id} is the key's {@link TemplateKey#id()}. */
public record MessageTemplate(@BsonId String id, String topicId, String kind, CustomerChannel channel, String language,
        String subject, String text, String html, String updatedBy, long version, Instant createdAt,
        Instant updatedAt) {

    TemplateKey key() {
        return new TemplateKey(topicId, kind, channel, language);
    }

    TemplateContent content() {
        return new TemplateContent(subject, text, html);
    }

    static MessageTemplate of(TemplateKey key, TemplateContent content, String by, Instant now) {
        return new MessageTemplate(key.id(), key.topicId(), key.kind(), key.channel(), key.language(),
                content.subject(), content.text(), content.html(), by, 1, now, now);
    }
}
