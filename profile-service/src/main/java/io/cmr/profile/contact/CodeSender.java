package io.cmr.profile.contact;

import io.cmr.platform.MissingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers a one-time code to the address being verified: e-mail through SMTP, phone by SMS. A
 * failed delivery is logged, not raised: the point is stored and the customer can ask a new code.
 */
@Component
class CodeSender {

    private static final Logger log = LoggerFactory.getLogger(CodeSender.class);

    private final JavaMailSender mail;
    private final SmsSender sms;
    private final ProfileSettings settings;

    CodeSender(ObjectProvider<JavaMailSender> mail, SmsSender sms, ProfileSettings settings) {
        this.mail = mail.getIfAvailable();
        new MissingSettings().require("spring.mail.host", this.mail).check();
        this.sms = sms;
        this.settings = settings;
    }

    void send(ContactPoint point, String code) {
        String text = "Your CMR verification code is " + code + ". It expires in 10 minutes.";
        try {
            if (ContactPoint.EMAIL.equals(point.type())) {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(settings.mailFrom());
                message.setTo(point.value());
                message.setSubject("Your CMR verification code");
                message.setText(text);
                mail.send(message);
            }
            else {
                sms.send(point.value(), text);
            }
        }
        catch (MailException | java.io.UncheckedIOException ex) {
            log.warn("The verification code of contact point {} could not be delivered: {}", point.id(), ex.toString());
        }
    }
}
