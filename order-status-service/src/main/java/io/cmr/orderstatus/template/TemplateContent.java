package io.cmr.orderstatus.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cmr.orderstatus.notification.CustomerChannel;
import io.cmr.platform.problem.FieldProblem;

/**
 * The words of one template. What a channel needs: e-mail a subject, a text and an HTML part; SMS
 * a text only; in-app and push a title (the subject) and a text.
 */
public record TemplateContent(String subject, String text, String html) {

    static final int SUBJECT_MAX = 200;
    static final int SMS_MAX = 918;
    static final int TEXT_MAX = 10_000;
    static final int HTML_MAX = 50_000;

    /** Everything wrong with this content as a template for {@code channel} and {@code kind}, by field. */
    List<FieldProblem> problems(CustomerChannel channel, String kind) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean email = channel == CustomerChannel.EMAIL;
        boolean sms = channel == CustomerChannel.SMS;
        if (sms) {
            absent(problems, "subject", subject, "SMS has no subject");
        }
        else {
            required(problems, "subject", subject, SUBJECT_MAX);
        }
        required(problems, "text", text, sms ? SMS_MAX : TEXT_MAX);
        if (email) {
            required(problems, "html", html, HTML_MAX);
        }
        else {
            absent(problems, "html", html, channel + " has no HTML part");
        }
        Set<String> allowed = TemplateKinds.placeholders(kind);
        placeholders(problems, "subject", subject, allowed);
        placeholders(problems, "text", text, allowed);
        placeholders(problems, "html", html, allowed);
        return problems;
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "must not be blank"));
        }
        else if (value.length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        }
    }

    private static void absent(List<FieldProblem> problems, String field, String value, String why) {
        if (value != null) {
            problems.add(new FieldProblem(field, "must be absent: " + why));
        }
    }

    private static void placeholders(List<FieldProblem> problems, String field, String value, Set<String> allowed) {
        TemplateText.problems(value, allowed).forEach(message -> problems.add(new FieldProblem(field, message)));
    }
}
