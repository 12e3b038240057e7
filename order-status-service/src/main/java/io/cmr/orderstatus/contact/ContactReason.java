package io.cmr.orderstatus.contact;

import java.time.Instant;

import io.cmr.orderstatus.contact.domain.ReasonKind;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * The second level of the taxonomy, the code every contact carries. Retired, never deleted: old
 * contacts keep their code and stay in the reports, new ones can no longer use it.
 */
public record ContactReason(@BsonId String code, String category, Names name, ReasonKind kind, boolean retired,
        long version, Instant createdAt, Instant updatedAt) {
}
