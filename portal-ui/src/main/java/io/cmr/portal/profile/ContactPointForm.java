package io.cmr.portal.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.cmr.portal.api.profile.ContactPoint;
import io.cmr.portal.api.profile.NewContactPoint;

import org.springframework.validation.Errors;

/** A contact point to add: an e-mail address, a phone number, or a postal address (its lines one per line). */
public class ContactPointForm {

    static final Set<String> TYPES = Set.of("EMAIL", "PHONE", "POSTAL");

    private String type = "EMAIL";
    private String label;
    private String value;
    private String lines;
    private String postalCode;
    private String city;
    private String country;

    void check(Errors errors) {
        if (!TYPES.contains(type)) {
            errors.rejectValue("type", "contact.error.type");
            return;
        }
        if (label != null && label.strip().length() > 50) {
            errors.rejectValue("label", "field.tooLong", new Object[] { 50 }, null);
        }
        if (postal()) {
            if (postalLines().isEmpty()) {
                errors.rejectValue("lines", "field.required");
            }
            if (blank(city)) {
                errors.rejectValue("city", "field.required");
            }
            if (blank(country)) {
                errors.rejectValue("country", "field.required");
            }
        }
        else if (blank(value)) {
            errors.rejectValue("value", "field.required");
        }
    }

    NewContactPoint toRequest() {
        String given = blank(label) ? null : label.strip();
        if (postal()) {
            return new NewContactPoint(type, given, null, new ContactPoint.Postal(postalLines(),
                    blank(postalCode) ? null : postalCode.strip(), city.strip(), country.strip().toUpperCase()));
        }
        return new NewContactPoint(type, given, value.strip(), null);
    }

    /** The form field an API field problem is about, or null. */
    static String formField(String apiField) {
        if (apiField.startsWith("postal.lines") || apiField.equals("postal")) {
            return "lines";
        }
        return switch (apiField) {
            case "type", "label", "value" -> apiField;
            case "postal.postalCode" -> "postalCode";
            case "postal.city" -> "city";
            case "postal.country" -> "country";
            default -> null;
        };
    }

    private boolean postal() {
        return "POSTAL".equals(type);
    }

    private List<String> postalLines() {
        return lines == null ? List.of()
                : Arrays.stream(lines.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getLines() {
        return lines;
    }

    public void setLines(String lines) {
        this.lines = lines;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
