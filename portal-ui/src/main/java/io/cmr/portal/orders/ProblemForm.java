package io.cmr.portal.orders;

import java.util.List;

import org.springframework.validation.Errors;

/** A problem with an order, coded with one of the reasons contact analysis counts, and the customer's words. */
public class ProblemForm {

    static final List<String> REASONS = List.of("NOT_RECEIVED", "DAMAGED", "WRONG_ITEM", "MISSING_ITEM", "LATE", "OTHER");
    static final int MAX_TEXT = 2000;

    private String reason;
    private String text;

    void check(Errors errors) {
        if (reason == null || !REASONS.contains(reason)) {
            errors.rejectValue("reason", "problem.error.reason");
        }
        if (text != null && text.strip().length() > MAX_TEXT) {
            errors.rejectValue("text", "field.tooLong", new Object[] { MAX_TEXT }, null);
        }
    }

    static String formField(String apiField) {
        return switch (apiField) {
            case "reason", "text" -> apiField;
            default -> null;
        };
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
