package io.cmr.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The embedded SMTP server (GreenMail) that the apps send mail to. A developer reads what was
 * sent as {@code .eml} files in the data directory, or with any mail client over IMAP.
 */
final class EmbeddedMail implements AutoCloseable {

    private final GreenMail greenMail;
    private final Path mailDir;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-to-files");
        thread.setDaemon(true);
        return thread;
    });
    private int written;

    private EmbeddedMail(GreenMail greenMail, Path mailDir) {
        this.greenMail = greenMail;
        this.mailDir = mailDir;
    }

    static EmbeddedMail start(Path dataDir, String bindAddress, int smtpPort, int imapPort) {
        try {
            Path mailDir = Files.createDirectories(dataDir.resolve("mail"));
            GreenMail greenMail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(smtpPort, bindAddress, ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(imapPort, bindAddress, ServerSetup.PROTOCOL_IMAP) })
                    // Any address receives mail, and IMAP logs in with that address as user and password.
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            greenMail.start();
            EmbeddedMail mail = new EmbeddedMail(greenMail, mailDir);
            mail.writer.scheduleWithFixedDelay(mail::writeNewMessages, 1, 1, TimeUnit.SECONDS);
            return mail;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    int imapPort() {
        return greenMail.getImap().getPort();
    }

    Path mailDir() {
        return mailDir;
    }

    synchronized void writeNewMessages() {
        MimeMessage[] received = greenMail.getReceivedMessages();
        for (; written < received.length; written++) {
            String name = DateTimeFormatter.ISO_INSTANT.format(Instant.now()).replace(':', '-') + "-" + written + ".eml";
            try (OutputStream out = Files.newOutputStream(mailDir.resolve(name))) {
                received[written].writeTo(out);
            }
            catch (IOException | MessagingException ex) {
                throw new IllegalStateException("Could not write received mail to " + mailDir, ex);
            }
        }
    }

    @Override
    public void close() {
        writer.shutdownNow();
        writeNewMessages();
        greenMail.stop();
    }
}
