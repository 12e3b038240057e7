package io.cmr.preference.consent;

import java.time.Instant;

import io.cmr.preference.topic.Channel;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One change of consent, never rewritten. The id is made of the preferences version the change
 * produced, so recording a change twice stores it once.
 *
 * @param customerId null in the anonymised record an erasure leaves
 * @param topicId null in that record too: it says that consent was withdrawn for everything
 */
public record ConsentEntry(
        @BsonId String id,
        String customerId,
        String topicId,
        Channel channel,
        boolean before,
        boolean after,
        Instant at,
        String actor,
        String actorSubject,
        String clientId,
        long wordingVersion) {
}
