package io.cmr.systemtests;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
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

    /** A message as a reader sees it: subject, plain text, and the one-click unsubscribe headers (null when absent). */
    record Mail(String subject, String text, String listUnsubscribe, String listUnsubscribePost) {
    }

    /** Every message sent to {@code address} so far, oldest first. */
    List<Mail> mailsTo(String address) throws MessagingException, IOException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(URI.create(stack.gateway()).getHost(), stack.ports().get("imap"), address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Mail> mails = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                mails.add(new Mail(message.getSubject(), plainText(message), header(message, "List-Unsubscribe"),
                        header(message, "List-Unsubscribe-Post")));
            }
            return mails;
        }
        finally {
            store.close();
        }
    }

    private static String header(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
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
