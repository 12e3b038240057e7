package io.cmr.profile.contact;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mailFrom the sender of verification e-mails
 * @param smsOutbox the directory where the local SMS sender appends each message, one file per number
 */
@ConfigurationProperties("cmr.profile")
record ProfileSettings(@DefaultValue("no-reply@cmr.example") String mailFrom, Path smsOutbox) {
}
