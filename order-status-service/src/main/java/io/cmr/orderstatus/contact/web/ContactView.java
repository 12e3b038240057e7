package io.cmr.orderstatus.contact.web;

import java.time.Instant;
import java.util.List;

import io.cmr.orderstatus.contact.Contact;
import io.cmr.orderstatus.contact.domain.ContactChannel;
import io.swagger.v3.oas.annotations.media.Schema;

/** A contact as support and admins see it. */
record ContactView(
        @Schema(example = "3f1c0c7e-2b8a-4d0e-9f4e-0c8b5f7a9e21") String id,
        ContactChannel channel,
        @Schema(example = "WHERE_IS_MY_ORDER") String reasonCode,
        @Schema(example = "alice-sub") String customerId,
        @Schema(example = "A-1001") String orderId,
        Instant at,
        @Schema(description = "ISO week in the reports' timezone", example = "2026-W48") String week,
        Long handlingSeconds,
        @Schema(description = "As the agent closed it") boolean resolved,
        @Schema(description = "Resolved and not repeated within the repeat window") boolean trulyResolved,
        String note,
        @Schema(description = "The agent's id or the partner tool's client id") String recordedBy,
        @Schema(description = "The notice sent before the contact, null when none had been") Contact.Notice despiteNotice,
        @Schema(description = "The earlier contact of the same customer and reason this one repeats") String repeatOf,
        @Schema(description = "The later contact that repeated this one") String repeatedBy,
        List<Contact.Recoding> recodings,
        long version) {

    static ContactView of(Contact contact) {
        return new ContactView(contact.id(), contact.channel(), contact.reasonCode(), contact.customerId(),
                contact.orderId(), contact.at(), contact.week(), contact.handlingSeconds(), contact.resolved(),
                contact.trulyResolved(), contact.note(), contact.recordedBy(), contact.notice(), contact.repeatOf(),
                contact.repeatedBy(), contact.recodings(), contact.version());
    }
}
