package io.cmr.orderstatus.contact;

import java.time.Instant;
import java.util.List;

import io.cmr.orderstatus.contact.domain.ContactChannel;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One coded contact, with what was joined to it when it was recorded, so reports never scan
 * history.
 *
 * @param requestKey the caller and its {@code Idempotency-Key} (or the id when none was given), unique
 * @param fingerprint of the request, to refuse a reused key for a different contact
 * @param week the ISO week of {@code at} in the reports' timezone
 * @param customerId null when not known, or once the customer is erased
 * @param recordedBy the agent's subject, or the partner tool's client id
 * @param notice the notice sent before the contact that it came despite, null when none
 * @param carriers the carriers of the contact's order, for the report's concentrations
 * @param repeatOf the earlier contact of the same customer and reason this one repeats
 * @param repeatedBy the later contact that repeated this one: it was not truly resolved
 * @param recodings every change of reason, oldest first
 */
public record Contact(
        @BsonId String id,
        String requestKey,
        String fingerprint,
        ContactChannel channel,
        String reasonCode,
        String customerId,
        String orderId,
        Instant at,
        String week,
        Long handlingSeconds,
        boolean resolved,
        String note,
        String recordedBy,
        Notice notice,
        List<String> carriers,
        String repeatOf,
        String repeatedBy,
        List<Recoding> recodings,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** The notice a contact came despite. */
    public record Notice(String noticeKey, String kind, String incidentId, Instant sentAt) {
    }

    public record Recoding(String from, String to, String by, Instant at) {
    }

    public boolean trulyResolved() {
        return resolved && repeatedBy == null;
    }
}
