package io.cmr.portal.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.validation.Errors;

/**
 * A contact the agent records for the customer, coded with a reason; {@code idempotencyKey} is made
 * with the empty form, so that a form sent twice records one contact.
 */
public class ContactForm {

    static final List<String> CHANNELS = List.of("PHONE", "EMAIL", "CHAT", "SOCIAL", "STORE", "SMS");
    static final int MAX_NOTE = 2000;

    private String channel = "PHONE";
    private String reasonCode;
    private String orderId;
    private boolean resolved;
    private String note;
    private String idempotencyKey = UUID.randomUUID().toString();

    void check(Errors errors) {
        if (channel == null || !CHANNELS.contains(channel)) {
            errors.rejectValue("channel", "support.contact.error.channel");
        }
        if (reasonCode == null || reasonCode.isBlank()) {
            errors.rejectValue("reasonCode", "support.contact.error.reason");
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            errors.rejectValue("note", "field.tooLong", new Object[] { MAX_NOTE }, null);
        }
    }

    Map<String, Object> body(String customerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", channel);
        body.put("reasonCode", reasonCode);
        body.put("customerId", customerId);
        if (orderId != null && !orderId.isBlank()) {
            body.put("orderId", orderId.strip());
        }
        body.put("resolved", resolved);
        if (note != null && !note.isBlank()) {
            body.put("note", note.strip());
        }
        return body;
    }

    static String formField(String apiField) {
        return switch (apiField) {
            case "channel", "reasonCode", "orderId", "note", "resolved" -> apiField;
            default -> null;
        };
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public void setReasonCode(String reasonCode) {
        this.reasonCode = reasonCode;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public boolean isResolved() {
        return resolved;
    }

    public void setResolved(boolean resolved) {
        this.resolved = resolved;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
