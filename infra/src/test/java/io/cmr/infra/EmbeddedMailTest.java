package io.cmr.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cmr.infra.process.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EmbeddedMailTest {

    @TempDir
    Path dataDir;

    @Test
    void mailSentOverSmtpCanBeReadAsAFileAndOverImap() throws Exception {
        try (EmbeddedMail mail = EmbeddedMail.start(dataDir, "127.0.0.1", FreePorts.resolve(0), FreePorts.resolve(0))) {
            send(mail.smtpPort(), "alice@example.com", "Your parcel is late", "It will arrive tomorrow.");

            await().atMost(Duration.ofSeconds(10)).until(() -> emlFiles(mail.mailDir()).count() == 1);
            String eml = Files.readString(emlFiles(mail.mailDir()).findFirst().orElseThrow());
            assertThat(eml).contains("Subject: Your parcel is late", "It will arrive tomorrow.");

            Properties imap = new Properties();
            imap.put("mail.imap.host", "127.0.0.1");
            imap.put("mail.imap.port", String.valueOf(mail.imapPort()));
            try (Store store = Session.getInstance(imap).getStore("imap")) {
                store.connect("alice@example.com", "alice@example.com");
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                assertThat(inbox.getMessages()).extracting(Message::getSubject).containsExactly("Your parcel is late");
            }
        }
    }

    @Test
    void listensOnTheAddressItIsGivenOnly() {
        try (EmbeddedMail mail = EmbeddedMail.start(dataDir, "127.0.0.1", FreePorts.resolve(0), FreePorts.resolve(0))) {
            for (int port : new int[] { mail.smtpPort(), mail.imapPort() }) {
                assertThat(Listening.accepts("127.0.0.1", port)).isTrue();
                assertThat(Listening.accepts(Listening.OTHER_ADDRESS, port)).isFalse();
            }
        }
    }

    private static void send(int smtpPort, String to, String subject, String text) throws Exception {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", String.valueOf(smtpPort));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress("noreply@cmr.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText(text);
        Transport.send(message);
    }

    private static Stream<Path> emlFiles(Path dir) throws Exception {
        return Files.list(dir).filter(file -> file.toString().endsWith(".eml"));
    }
}
