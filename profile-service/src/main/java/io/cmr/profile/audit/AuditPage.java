package io.cmr.profile.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** One page of the audit trail, newest first, with the cursor of the next page when there is one. */
@Schema(name = "AuditPage")
record AuditPage(List<AuditEntryResponse> items,
        @Schema(description = "Opaque; pass it as cursor to get the next page") @JsonInclude(JsonInclude.Include.NON_NULL)
        String nextCursor) {

    static AuditPage of(List<AuditEntry> fetched, int size) {
        boolean more = fetched.size() > size;
        List<AuditEntry> page = more ? fetched.subList(0, size) : fetched;
        return new AuditPage(page.stream().map(AuditEntryResponse::of).toList(),
                more ? encode(page.get(page.size() - 1).version()) : null);
    }

    static String encode(long version) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("v" + version).getBytes(StandardCharsets.UTF_8));
    }

    /** The version a cursor continues before, or null when it is not one of ours. */
    static Long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return text.matches("v\\d{1,18}") ? Long.valueOf(text.substring(1)) : null;
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    @Schema(name = "AuditEntry")
    record AuditEntryResponse(Instant at, Actor actor,
            @Schema(example = "PROFILE_CHANGED") String action, List<AuditEntry.Change> changes) {

        static AuditEntryResponse of(AuditEntry entry) {
            return new AuditEntryResponse(entry.at(), entry.actor(), entry.action(), entry.changes());
        }
    }
}
