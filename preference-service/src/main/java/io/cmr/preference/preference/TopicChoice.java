package io.cmr.preference.preference;

import java.util.List;

import io.cmr.preference.topic.Channel;

/**
 * A customer's choice for one topic.
 *
 * @param urgent sent even during quiet hours
 * @param digestTime local HH:mm of the daily digest, only with {@link DeliveryMode#DAILY_DIGEST}
 */
public record TopicChoice(
        String topicId,
        List<Channel> channels,
        List<ContactChoice> contactPoints,
        boolean urgent,
        DeliveryMode deliveryMode,
        String digestTime) {

    public String contactPointFor(Channel channel) {
        return contactPoints.stream().filter(choice -> choice.channel() == channel)
                .map(ContactChoice::contactPointId).findFirst().orElse(null);
    }
}
