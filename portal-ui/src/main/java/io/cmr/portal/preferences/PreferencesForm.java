package io.cmr.portal.preferences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cmr.portal.api.preference.Preferences;
import io.cmr.portal.api.preference.PreferencesChange;
import io.cmr.portal.api.preference.Topic;

import org.springframework.validation.Errors;

/**
 * The whole preferences page as one form: a row per topic in the catalog's order, quiet hours,
 * the pause, and the ETag of the version they were read from.
 */
public class PreferencesForm {

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Pattern TOPIC_FIELD = Pattern.compile("topics\\[(\\d+)]\\.(channels|digestTime|contactPoints.*)");

    private String etag;
    private boolean paused;
    private String quietStart;
    private String quietEnd;
    private List<TopicForm> topics = new ArrayList<>();

    static PreferencesForm of(Preferences preferences) {
        PreferencesForm form = new PreferencesForm();
        form.setEtag(preferences.etag());
        form.setPaused(preferences.paused());
        if (preferences.quietHours() != null) {
            form.setQuietStart(preferences.quietHours().start());
            form.setQuietEnd(preferences.quietHours().end());
        }
        for (Preferences.TopicChoice choice : preferences.topics()) {
            TopicForm topic = new TopicForm();
            topic.setTopicId(choice.topicId());
            topic.setChannels(new ArrayList<>(choice.channels()));
            topic.setDeliveryMode(choice.deliveryMode());
            topic.setDigestTime(choice.digestTime());
            form.getTopics().add(topic);
        }
        return form;
    }

    /** What the portal can tell at once, in the page's language; the API checks everything again. */
    void check(Map<String, Topic> catalog, Errors errors) {
        boolean start = given(quietStart);
        boolean end = given(quietEnd);
        if (start && !TIME.matcher(quietStart).matches()) {
            errors.rejectValue("quietStart", "preferences.error.time");
        }
        if (end && !TIME.matcher(quietEnd).matches()) {
            errors.rejectValue("quietEnd", "preferences.error.time");
        }
        if (start != end) {
            errors.rejectValue(start ? "quietEnd" : "quietStart", "preferences.error.quietBoth");
        }
        else if (start && quietStart.equals(quietEnd)) {
            errors.rejectValue("quietEnd", "preferences.error.quietSame");
        }
        for (int i = 0; i < topics.size(); i++) {
            TopicForm row = topics.get(i);
            Topic topic = catalog.get(row.getTopicId());
            if (topic == null) {
                errors.reject("preferences.error.catalogChanged");
                continue;
            }
            if (topic.mandatory() && row.getChannels().isEmpty()) {
                errors.rejectValue("topics[" + i + "].channels", "preferences.error.mandatory");
            }
            if (row.digest() && !(given(row.getDigestTime()) && TIME.matcher(row.getDigestTime()).matches())) {
                errors.rejectValue("topics[" + i + "].digestTime", "preferences.error.digestTime");
            }
        }
    }

    /** Everything as the form says, and what the form does not show (chosen contact points, urgency) as it was. */
    PreferencesChange toChange(Preferences current, Map<String, Topic> catalog) {
        Map<String, Preferences.TopicChoice> was = new LinkedHashMap<>();
        current.topics().forEach(choice -> was.put(choice.topicId(), choice));
        List<PreferencesChange.Choice> choices = topics.stream().map(row -> {
            Topic topic = catalog.get(row.getTopicId());
            List<String> channels = row.getChannels().stream().filter(topic.allowedChannels()::contains).distinct()
                    .toList();
            Optional<Preferences.TopicChoice> before = Optional.ofNullable(was.get(row.getTopicId()));
            Map<String, String> contactPoints = new LinkedHashMap<>();
            before.map(Preferences.TopicChoice::contactPoints).orElse(Map.of()).forEach((channel, point) -> {
                if (channels.contains(channel)) {
                    contactPoints.put(channel, point);
                }
            });
            return new PreferencesChange.Choice(row.getTopicId(), channels, contactPoints,
                    before.map(Preferences.TopicChoice::urgent).orElse(false),
                    row.digest() ? "DAILY_DIGEST" : "IMMEDIATE", row.digest() ? row.getDigestTime() : null);
        }).toList();
        Preferences.QuietHours quiet = given(quietStart) && given(quietEnd)
                ? new Preferences.QuietHours(quietStart, quietEnd) : null;
        return new PreferencesChange(current.timezone(), quiet, paused, choices);
    }

    /** The form field an API field problem is about, or null. */
    static String formField(String apiField) {
        Matcher topic = TOPIC_FIELD.matcher(apiField);
        if (topic.matches()) {
            return "topics[" + topic.group(1) + "]." + ("digestTime".equals(topic.group(2)) ? "digestTime" : "channels");
        }
        return switch (apiField) {
            case "quietHours", "quietHours.start" -> "quietStart";
            case "quietHours.end" -> "quietEnd";
            case "paused" -> "paused";
            default -> null;
        };
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    public String getEtag() {
        return etag;
    }

    public void setEtag(String etag) {
        this.etag = etag;
    }

    public boolean isPaused() {
        return paused;
    }

    public void setPaused(boolean paused) {
        this.paused = paused;
    }

    public String getQuietStart() {
        return quietStart;
    }

    public void setQuietStart(String quietStart) {
        this.quietStart = quietStart;
    }

    public String getQuietEnd() {
        return quietEnd;
    }

    public void setQuietEnd(String quietEnd) {
        this.quietEnd = quietEnd;
    }

    public List<TopicForm> getTopics() {
        return topics;
    }

    public void setTopics(List<TopicForm> topics) {
        this.topics = topics;
    }
}
