package io.cmr.orderstatus.notification.channel;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import io.cmr.orderstatus.notification.CustomerChannel;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through SMTP: text and HTML alternatives, and the RFC 8058 one-click unsubscribe headers
 * so that a mail client offers "unsubscribe" for exactly this topic and channel.
 */
@Component
class EmailSender implements ChannelSender {

    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationSettings settings;

    EmailSender(ObjectProvider<JavaMailSender> mail, NotificationSettings settings) {
        this.mail = mail;
        this.settings = settings;
    }

    @Override
    public CustomerChannel channel() {
        return CustomerChannel.EMAIL;
    }

    @Override
    public String send(Outgoing outgoing) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No SMTP server is configured (spring.mail.host)");
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.mailFrom());
            helper.setTo(outgoing.to().value());
            helper.setSubject(outgoing.message().subject());
            String html = outgoing.message().html() == null ? "<p>" + outgoing.message().text() + "</p>"
                    : outgoing.message().html();
            helper.setText(outgoing.message().text(), html);
            if (outgoing.links().unsubscribe() != null) {
                message.setHeader("List-Unsubscribe", "<" + outgoing.links().unsubscribe() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            message.setHeader("X-CMR-Notice", outgoing.itemId());
            sender.send(message);
            return outgoing.to().value();
        }
        catch (MessagingException ex) {
            throw new IllegalStateException(ex.getMessage(), ex);
        }
    }
}
