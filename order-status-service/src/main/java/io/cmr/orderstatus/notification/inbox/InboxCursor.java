package io.cmr.orderstatus.notification.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Where a page of the inbox ended; opaque to clients. */
public record InboxCursor(Instant createdAt, String id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((createdAt.toEpochMilli() + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Null for no cursor. @throws IllegalArgumentException for a cursor this API did not give out */
    public static InboxCursor decode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            return new InboxCursor(Instant.ofEpochMilli(Long.parseLong(text.substring(0, bar))), text.substring(bar + 1));
        }
        catch (RuntimeException ex) {
            throw new IllegalArgumentException("cursor");
        }
    }
}
