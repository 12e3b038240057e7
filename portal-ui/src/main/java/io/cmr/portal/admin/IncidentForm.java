package io.cmr.portal.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.validation.Errors;

/**
 * An incident as the admin declares it: what, in French and English, why, until when (in the admin's
 * time zone), and which orders. {@code idempotencyKey} is made with the empty form, so that a form
 * sent twice declares one incident.
 */
public class IncidentForm {

    static final List<String> STATUSES = List.of("PENDING", "LABEL_CREATED", "PICKED_UP", "IN_TRANSIT", "EXCEPTION",
            "OUT_FOR_DELIVERY", "DELIVERY_FAILED");
    private static final int MAX_TITLE = 200;
    private static final int MAX_MESSAGE = 2000;

    private String titleFr;
    private String titleEn;
    private String messageFr;
    private String messageEn;
    private String cause;
    private String expectedResolution;
    private String carrier;
    private String postalCodePrefixes;
    private String regions;
    private List<String> statuses = new ArrayList<>();
    private String idempotencyKey = UUID.randomUUID().toString();

    void check(Errors errors, ZoneId zone, Instant now) {
        required(errors, "titleFr", titleFr, MAX_TITLE);
        required(errors, "titleEn", titleEn, MAX_TITLE);
        required(errors, "messageFr", messageFr, MAX_MESSAGE);
        required(errors, "messageEn", messageEn, MAX_MESSAGE);
        required(errors, "cause", cause, MAX_TITLE);
        Instant expected = instant(expectedResolution, zone);
        if (expected == null) {
            errors.rejectValue("expectedResolution", "console.incident.error.when");
        }
        else if (!expected.isAfter(now)) {
            errors.rejectValue("expectedResolution", "console.incident.error.past");
        }
        if (blank(carrier) && list(postalCodePrefixes).isEmpty() && list(regions).isEmpty()
                && (statuses == null || statuses.isEmpty())) {
            errors.rejectValue("carrier", "console.incident.error.selector");
        }
    }

    static void required(Errors errors, String field, String value, int max) {
        if (blank(value)) {
            errors.rejectValue(field, "field.required");
        }
        else if (value.strip().length() > max) {
            errors.rejectValue(field, "field.tooLong", new Object[] { max }, null);
        }
    }

    Map<String, Object> body(ZoneId zone) {
        Map<String, Object> selector = new LinkedHashMap<>();
        if (!blank(carrier)) {
            selector.put("carrier", carrier.strip());
        }
        if (!list(postalCodePrefixes).isEmpty()) {
            selector.put("postalCodePrefixes", list(postalCodePrefixes));
        }
        if (!list(regions).isEmpty()) {
            selector.put("regions", list(regions));
        }
        if (statuses != null && !statuses.isEmpty()) {
            selector.put("statuses", statuses.stream().filter(status -> status != null && STATUSES.contains(status)).toList());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", inBoth(titleFr, titleEn));
        body.put("message", inBoth(messageFr, messageEn));
        body.put("cause", cause.strip());
        body.put("expectedResolution", instant(expectedResolution, zone).toString());
        body.put("selector", selector);
        return body;
    }

    static Map<String, String> inBoth(String fr, String en) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("fr", fr.strip());
        text.put("en", en.strip());
        return text;
    }

    /** The API's field, or the selector's part, as this form's field. */
    static String formField(String apiField) {
        return switch (apiField) {
            case "title.fr" -> "titleFr";
            case "title.en" -> "titleEn";
            case "message.fr" -> "messageFr";
            case "message.en" -> "messageEn";
            case "cause", "expectedResolution" -> apiField;
            case "selector", "selector.carrier" -> "carrier";
            default -> apiField.startsWith("selector.postalCodePrefixes") ? "postalCodePrefixes"
                    : apiField.startsWith("selector.regions") ? "regions"
                    : apiField.startsWith("selector.statuses") ? "statuses" : null;
        };
    }

    /** A {@code datetime-local} value, read in the admin's time zone; null when not one. */
    static Instant instant(String local, ZoneId zone) {
        if (blank(local)) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(zone).toInstant();
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    /** Entries separated by commas or spaces. */
    static List<String> list(String entries) {
        return blank(entries) ? List.of()
                : Arrays.stream(entries.split("[,\\s]+")).filter(entry -> !entry.isBlank()).toList();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getMessageFr() {
        return messageFr;
    }

    public void setMessageFr(String messageFr) {
        this.messageFr = messageFr;
    }

    public String getMessageEn() {
        return messageEn;
    }

    public void setMessageEn(String messageEn) {
        this.messageEn = messageEn;
    }

    public String getCause() {
        return cause;
    }

    public void setCause(String cause) {
        this.cause = cause;
    }

    public String getExpectedResolution() {
        return expectedResolution;
    }

    public void setExpectedResolution(String expectedResolution) {
        this.expectedResolution = expectedResolution;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getPostalCodePrefixes() {
        return postalCodePrefixes;
    }

    public void setPostalCodePrefixes(String postalCodePrefixes) {
        this.postalCodePrefixes = postalCodePrefixes;
    }

    public String getRegions() {
        return regions;
    }

    public void setRegions(String regions) {
        this.regions = regions;
    }

    public List<String> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<String> statuses) {
        this.statuses = statuses;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
