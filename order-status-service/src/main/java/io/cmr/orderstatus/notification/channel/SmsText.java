package io.cmr.orderstatus.notification.channel;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into SMS segments: GSM-7 when every character has a GSM-7 code (160 septets, or
 * 153 per part of a longer message, an extension character counting two and never cut in half),
 * otherwise UCS-2 (70 UTF-16 units, or 67 per part, a surrogate pair never cut in half).
 */
public final class SmsText {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    private SmsText() {
    }

    public static boolean gsm7(String text) {
        return text.chars().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
    }

    public static List<String> segments(String text) {
        return gsm7(text) ? split(text, 160, 153, true) : split(text, 70, 67, false);
    }

    private static List<String> split(String text, int single, int perPart, boolean gsm) {
        if (size(text, gsm) <= single) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int chars = Character.charCount(codePoint);
            int cost = gsm ? (EXTENSION.indexOf(codePoint) >= 0 ? 2 : 1) : chars;
            if (used + cost > perPart) {
                parts.add(part.toString());
                part.setLength(0);
                used = 0;
            }
            part.appendCodePoint(codePoint);
            used += cost;
            i += chars;
        }
        parts.add(part.toString());
        return List.copyOf(parts);
    }

    /** Septets for GSM-7, UTF-16 units for UCS-2. */
    static int size(String text, boolean gsm) {
        return gsm ? text.chars().map(c -> EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum() : text.length();
    }
}
