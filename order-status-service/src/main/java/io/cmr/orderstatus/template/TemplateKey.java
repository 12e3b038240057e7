package io.cmr.orderstatus.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.cmr.orderstatus.notification.CustomerChannel;
import io.cmr.platform.problem.FieldProblem;

/**
 * Which template: a topic (or {@link #ANY_TOPIC}, the default for every topic), a kind, a channel
 * and a language.
 */
public record TemplateKey(String topicId, String kind, CustomerChannel channel, String language) {

    /** The topic id of the templates that serve every topic without one of its own. */
    public static final String ANY_TOPIC = "default";
    public static final Set<CustomerChannel> CHANNELS = Set.of(CustomerChannel.EMAIL, CustomerChannel.SMS,
            CustomerChannel.IN_APP, CustomerChannel.PUSH);
    public static final List<String> LANGUAGES = List.of("fr", "en");
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    String id() {
        return topicId + ":" + kind + ":" + channel + ":" + language;
    }

    TemplateKey inLanguage(String other) {
        return new TemplateKey(topicId, kind, channel, other);
    }

    TemplateKey forAnyTopic() {
        return new TemplateKey(ANY_TOPIC, kind, channel, language);
    }

    static String otherLanguage(String language) {
        return "fr".equals(language) ? "en" : "fr";
    }

    /** Parses a key given as text, naming each part that is not one we know. */
    static Parsed parse(String topicId, String kind, String channel, String language) {
        List<FieldProblem> problems = new ArrayList<>();
        if (topicId == null || !TOPIC.matcher(topicId).matches()) {
            problems.add(new FieldProblem("topicId", "must be a topic id (lower-case letters, digits, '-') or '" + ANY_TOPIC + "'"));
        }
        if (kind == null || !TemplateKinds.known(kind)) {
            problems.add(new FieldProblem("kind", "must be one of " + String.join(", ", TemplateKinds.kinds())));
        }
        CustomerChannel parsedChannel = CHANNELS.stream().filter(c -> c.name().equals(channel)).findFirst().orElse(null);
        if (parsedChannel == null) {
            problems.add(new FieldProblem("channel", "must be one of EMAIL, SMS, IN_APP, PUSH"));
        }
        if (language == null || !LANGUAGES.contains(language)) {
            problems.add(new FieldProblem("language", "must be fr or en"));
        }
        return new Parsed(problems.isEmpty() ? new TemplateKey(topicId, kind, parsedChannel, language) : null, problems);
    }

    /** What is wrong with a filter on keys, where a part not given means any. */
    static List<FieldProblem> filterProblems(String topicId, String kind, String channel, String language) {
        return parse(topicId == null ? ANY_TOPIC : topicId, kind == null ? TemplateKinds.kinds().iterator().next() : kind,
                channel == null ? CustomerChannel.EMAIL.name() : channel, language == null ? LANGUAGES.get(0) : language)
                .problems();
    }

    record Parsed(TemplateKey key, List<FieldProblem> problems) {
    }
}
