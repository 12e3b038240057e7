package io.cmr.portal.admin;

import java.util.List;

import io.cmr.portal.api.admin.Template;

/** A template's key and words as the admin edits them; {@code version} is null for one not created yet. */
public class TemplateForm {

    static final List<String> CHANNELS = List.of("EMAIL", "SMS", "IN_APP", "PUSH");
    static final List<String> LANGUAGES = List.of("fr", "en");

    private String topicId;
    private String kind;
    private String channel;
    private String language;
    private String subject;
    private String text;
    private String html;
    private Long version;

    static TemplateForm of(Template template) {
        TemplateForm form = key(template.topicId(), template.kind(), template.channel(), template.language());
        form.subject = template.subject();
        form.text = template.text();
        form.html = template.html();
        form.version = template.version();
        return form;
    }

    static TemplateForm key(String topicId, String kind, String channel, String language) {
        TemplateForm form = new TemplateForm();
        form.topicId = topicId;
        form.kind = kind;
        form.channel = channel;
        form.language = language;
        return form;
    }

    /** The words, a blank part left out: the API wants exactly the parts the channel has. */
    Template.Words words() {
        return new Template.Words(given(subject), given(text), given(html));
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The template's parts, in a save's and a preview's problems ({@code template.} is the preview's prefix). */
    static String formField(String apiField) {
        String field = apiField.startsWith("template.") ? apiField.substring("template.".length()) : apiField;
        return switch (field) {
            case "subject", "text", "html" -> field;
            default -> null;
        };
    }

    boolean hasSubject() {
        return !"SMS".equals(channel);
    }

    public String getTopicId() {
        return topicId;
    }

    public void setTopicId(String topicId) {
        this.topicId = topicId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getHtml() {
        return html;
    }

    public void setHtml(String html) {
        this.html = html;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
