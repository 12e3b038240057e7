package io.cmr.orderstatus.delay;

import java.time.Duration;
import java.time.Instant;

import io.cmr.orderstatus.order.domain.DelayRules;
import org.bson.codecs.pojo.annotations.BsonId;

/** The rules an admin set, one document; durations in seconds. */
public record StoredDelayRules(@BsonId String id, long staleAfterSeconds, long etaToleranceSeconds,
        long windowGraceSeconds, String changedBy, long version, Instant updatedAt) {

    static final String ID = "delay-rules";

    DelayRules rules() {
        return new DelayRules(Duration.ofSeconds(staleAfterSeconds),
                Duration.ofSeconds(etaToleranceSeconds), Duration.ofSeconds(windowGraceSeconds));
    }
}
