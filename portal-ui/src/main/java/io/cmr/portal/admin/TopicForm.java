package io.cmr.portal.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cmr.portal.api.admin.TopicChange;
import io.cmr.portal.api.preference.Topic;

import org.springframework.validation.Errors;

/** A topic of the catalog as the admin fills it in, in both languages. */
public class TopicForm {

    static final List<String> CATEGORIES = List.of("TRANSACTIONAL", "MARKETING");
    static final List<String> CHANNELS = List.of("EMAIL", "SMS", "PUSH", "IN_APP", "POSTAL");
    private static final int MAX_TEXT = 500;

    private String id;
    private String nameFr;
    private String nameEn;
    private String descriptionFr;
    private String descriptionEn;
    private String category = "TRANSACTIONAL";
    private List<String> allowedChannels = new ArrayList<>();
    private List<String> defaultChannels = new ArrayList<>();
    private boolean mandatory;
    private Long version;

    static TopicForm of(Topic topic) {
        TopicForm form = new TopicForm();
        form.id = topic.id();
        form.nameFr = topic.name().fr();
        form.nameEn = topic.name().en();
        form.descriptionFr = topic.description().fr();
        form.descriptionEn = topic.description().en();
        form.category = topic.category();
        form.allowedChannels = new ArrayList<>(topic.allowedChannels());
        form.defaultChannels = new ArrayList<>(topic.defaultChannels());
        form.mandatory = topic.mandatory();
        form.version = topic.version();
        return form;
    }

    /** The portal's own checks; the API's (duplicates, defaults outside the allowed ones ...) come back next to their field. */
    void check(Errors errors, boolean creating) {
        if (creating && (id == null || !id.strip().toLowerCase(Locale.ROOT).matches("[a-z0-9][a-z0-9-]{1,49}"))) {
            errors.rejectValue("id", "console.topic.error.id");
        }
        for (String field : List.of("nameFr", "nameEn", "descriptionFr", "descriptionEn")) {
            String value = (String) errors.getFieldValue(field);
            if (value == null || value.isBlank()) {
                errors.rejectValue(field, "field.required");
            }
            else if (value.strip().length() > MAX_TEXT) {
                errors.rejectValue(field, "field.tooLong", new Object[] { MAX_TEXT }, null);
            }
        }
        if (category == null || !CATEGORIES.contains(category)) {
            errors.rejectValue("category", "field.required");
        }
        if (allowedChannels == null || allowedChannels.isEmpty()) {
            errors.rejectValue("allowedChannels", "console.topic.error.allowed");
        }
    }

    TopicChange change(boolean creating) {
        return new TopicChange(creating ? id.strip().toLowerCase(Locale.ROOT) : null,
                new Topic.Text(nameFr.strip(), nameEn.strip()), new Topic.Text(descriptionFr.strip(), descriptionEn.strip()),
                category, known(allowedChannels), known(defaultChannels), mandatory);
    }

    private static List<String> known(List<String> channels) {
        return channels == null ? List.of() : channels.stream().filter(channel -> channel != null && CHANNELS.contains(channel)).toList();
    }

    static String formField(String apiField) {
        return switch (apiField) {
            case "id", "category", "allowedChannels", "defaultChannels", "mandatory" -> apiField;
            case "name.fr" -> "nameFr";
            case "name.en" -> "nameEn";
            case "description.fr" -> "descriptionFr";
            case "description.en" -> "descriptionEn";
            default -> null;
        };
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public void setDescriptionFr(String descriptionFr) {
        this.descriptionFr = descriptionFr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public List<String> getAllowedChannels() {
        return allowedChannels;
    }

    public void setAllowedChannels(List<String> allowedChannels) {
        this.allowedChannels = allowedChannels;
    }

    public List<String> getDefaultChannels() {
        return defaultChannels;
    }

    public void setDefaultChannels(List<String> defaultChannels) {
        this.defaultChannels = defaultChannels;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
