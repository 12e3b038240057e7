package io.cmr.orderstatus.notification.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;

import io.cmr.platform.MissingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * No SMS leaves the machine: each segment is appended to {@code <cmr.notifications.sms-outbox>/<number>.txt}
 * (the directory the launcher shows for the stack's text messages), with its key and position.
 */
@Component
class LocalSmsProvider implements SmsProvider {

    private static final Logger log = LoggerFactory.getLogger(LocalSmsProvider.class);

    private final Path outbox;
    private final Clock clock;

    LocalSmsProvider(NotificationSettings settings, Clock clock) {
        new MissingSettings().require("cmr.notifications.sms-outbox", settings.smsOutbox()).check();
        this.outbox = settings.smsOutbox();
        this.clock = clock;
    }

    @Override
    public synchronized void send(String to, List<String> parts, String idempotencyKey) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            lines.append(clock.instant()).append(" [").append(idempotencyKey).append(' ').append(i + 1).append('/')
                    .append(parts.size()).append("] ").append(parts.get(i)).append(System.lineSeparator());
        }
        log.info("SMS to {} in {} part(s)", to, parts.size());
        try {
            Files.createDirectories(outbox);
            Files.writeString(outbox.resolve(to + ".txt"), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
