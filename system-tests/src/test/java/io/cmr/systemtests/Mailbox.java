package io.cmr.systemtests;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A recipient's mailbox on the stack's embedded mail server, read over IMAP (user and password: the address). */
final class Mailbox {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final WholeStack.Urls stack;

    Mailbox(WholeStack.Urls stack) {
        this.stack = stack;
    }

    /** The one-time code in the last message sent to {@code address}, waiting for it to arrive. */
    String codeMailedTo(String address) {
        String[] body = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> (body[0] = lastMessage(address)) != null);
        Matcher matcher = CODE.matcher(body[0]);
        assertThat(matcher.find()).as(body[0]).isTrue();
        return matcher.group(1);
    }

    private String lastMessage(String address) throws MessagingException, IOException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(URI.create(stack.gateway()).getHost(), stack.ports().get("imap"), address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            return messages.length == 0 ? null : messages[messages.length - 1].getContent().toString();
        }
        finally {
            store.close();
        }
    }
}
