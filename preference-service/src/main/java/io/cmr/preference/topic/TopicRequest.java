package io.cmr.preference.topic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import io.cmr.platform.problem.FieldProblem;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A topic as an administrator writes it; on PUT the id comes from the path. */
@Schema(example = """
        {"id":"recalls","name":{"fr":"Rappels produit","en":"Product recalls"},
         "description":{"fr":"Rappels de sécurité","en":"Safety recalls"},"category":"TRANSACTIONAL",
         "allowedChannels":["EMAIL","SMS"],"defaultChannels":["EMAIL"],"mandatory":true}""")
record TopicRequest(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,49}", message = "must be 2 to 50 lower-case letters, digits or dashes") String id,
        @NotNull @Valid LocalizedText name,
        @NotNull @Valid LocalizedText description,
        @NotNull Category category,
        @NotEmpty List<@NotNull Channel> allowedChannels,
        @NotNull List<@NotNull Channel> defaultChannels,
        boolean mandatory) {

    /** What bean validation cannot say: duplicates, defaults outside the allowed channels, an empty mandatory topic. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (new HashSet<>(allowedChannels).size() != allowedChannels.size()) {
            problems.add(new FieldProblem("allowedChannels", "must not name a channel twice"));
        }
        if (new HashSet<>(defaultChannels).size() != defaultChannels.size()) {
            problems.add(new FieldProblem("defaultChannels", "must not name a channel twice"));
        }
        if (!allowedChannels.containsAll(defaultChannels)) {
            problems.add(new FieldProblem("defaultChannels", "must be among the allowed channels"));
        }
        if (mandatory && defaultChannels.isEmpty()) {
            problems.add(new FieldProblem("defaultChannels", "a mandatory topic needs at least one default channel"));
        }
        if (mandatory && category == Category.MARKETING) {
            problems.add(new FieldProblem("mandatory", "a marketing topic cannot be mandatory"));
        }
        return problems;
    }

    Topic toTopic(String topicId, long version, Instant now) {
        return new Topic(topicId, name, description, category, List.copyOf(allowedChannels),
                List.copyOf(defaultChannels), mandatory, version, now);
    }
}
