package io.cmr.preference.preference;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The whole of a customer's preferences (PUT): a topic left out gets the catalog's default.
 * For PATCH every field is optional; the topics given replace those topics' choices only.
 */
record PreferencesRequest(
        @Schema(description = "IANA timezone of quiet hours and digests; Europe/Paris when absent", example = "Europe/Paris")
        @Size(max = 64) String timezone,
        @Valid QuietHours quietHours,
        @Schema(description = "Pause everything except mandatory topics") Boolean paused,
        @Size(max = 50) List<@NotNull @Valid TopicChoiceRequest> topics) {

    Preferences replacing(Preferences current) {
        return new Preferences(current.customerId(), timezone == null ? Preferences.DEFAULT_TIMEZONE : timezone,
                quietHours, Boolean.TRUE.equals(paused), choices(), current.version(), current.createdAt(),
                current.updatedAt());
    }

    /** The request's topics come first so that a problem's index is the request's own. */
    Preferences patching(Preferences current) {
        List<TopicChoice> given = choices();
        List<TopicChoice> merged = new ArrayList<>(given);
        current.topics().stream()
                .filter(kept -> given.stream().noneMatch(choice -> choice.topicId().equals(kept.topicId())))
                .forEach(merged::add);
        return new Preferences(current.customerId(), timezone == null ? current.timezone() : timezone,
                quietHours == null ? current.quietHours() : quietHours,
                paused == null ? current.paused() : paused, List.copyOf(merged), current.version(),
                current.createdAt(), current.updatedAt());
    }

    private List<TopicChoice> choices() {
        return topics == null ? List.of() : topics.stream().map(TopicChoiceRequest::toChoice).toList();
    }
}
