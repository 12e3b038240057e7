package io.cmr.orderstatus.notification.channel;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl where customers reach the portal and the public API (the gateway); links in messages start with it
 * @param mailFrom the sender of notice e-mails
 * @param language the language of messages when a notice names none ({@code fr} or {@code en})
 * @param smsOutbox where the local SMS provider appends each message, one file per number
 */
@ConfigurationProperties("cmr.notifications")
public record NotificationSettings(
        URI publicUrl,
        @DefaultValue("notices@cmr.example") String mailFrom,
        @DefaultValue("fr") String language,
        Path smsOutbox) {
}
