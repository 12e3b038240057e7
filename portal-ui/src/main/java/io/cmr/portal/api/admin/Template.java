package io.cmr.portal.api.admin;

import java.util.List;
import java.util.Map;

/**
 * A notice's words for one topic ('default' for every topic without its own), kind, channel and
 * language, as order-status-service's template admin API gives it.
 *
 * @param placeholders the {{names}} this kind's templates may use
 * @param version what a change names in If-Match
 */
public record Template(String topicId, String kind, String channel, String language, String subject, String text,
        String html, List<String> placeholders, long version, String updatedBy, String updatedAt) {

    /** E-mail: subject, text and html; SMS: text only; IN_APP and PUSH: subject and text. Blank parts are left out (null). */
    public record Words(String subject, String text, String html) {
    }

    public record Page(List<Template> templates, String next) {
    }

    /** What a customer would get, rendered with sample values. */
    public record Preview(String language, String subject, String text, String html, Map<String, String> values) {
    }
}
