package io.cmr.preference.preference;

import java.util.List;
import java.util.Map;

import io.cmr.preference.topic.Channel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A customer's choice for one topic as the API takes it. */
@Schema(example = """
        {"topicId":"delivery-updates","channels":["EMAIL","PUSH"],"contactPoints":{"EMAIL":"cp-7f3a"},
         "urgent":true,"deliveryMode":"IMMEDIATE"}""")
record TopicChoiceRequest(
        @NotBlank @Size(max = 50) String topicId,
        @NotNull @Size(max = 5) List<@NotNull Channel> channels,
        @Schema(description = "Contact point id (from the profile) per channel; EMAIL, SMS and POSTAL only")
        Map<Channel, @Size(max = 100) String> contactPoints,
        @Schema(description = "Sent even during quiet hours") Boolean urgent,
        @Schema(description = "IMMEDIATE when absent") DeliveryMode deliveryMode,
        @Schema(description = "Local HH:mm of the daily digest, with DAILY_DIGEST only", example = "18:30")
        @Pattern(regexp = PreferenceRules.TIME, message = "must be a time of day as HH:mm") String digestTime) {

    TopicChoice toChoice() {
        List<ContactChoice> contacts = contactPoints == null ? List.of()
                : contactPoints.entrySet().stream().map(entry -> new ContactChoice(entry.getKey(), entry.getValue())).toList();
        return new TopicChoice(topicId, List.copyOf(channels), contacts, Boolean.TRUE.equals(urgent),
                deliveryMode == null ? DeliveryMode.IMMEDIATE : deliveryMode, digestTime);
    }
}
