package io.cmr.profile.contact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

import io.cmr.platform.MissingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * No SMS leaves the machine: each message goes to the log and is appended to
 * {@code <cmr.profile.sms-outbox>/<number>.txt}, where a person (or a test) reads it.
 */
@Component
class LocalSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LocalSmsSender.class);

    private final Path outbox;
    private final Clock clock;

    LocalSmsSender(ProfileSettings settings, Clock clock) {
        new MissingSettings().require("cmr.profile.sms-outbox", settings.smsOutbox()).check();
        this.outbox = settings.smsOutbox();
        this.clock = clock;
    }

    @Override
    public synchronized void send(String to, String text) {
        log.info("SMS to {}: {}", to, text);
        try {
            Files.createDirectories(outbox);
            Files.writeString(outbox.resolve(to + ".txt"), clock.instant() + " " + text + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
