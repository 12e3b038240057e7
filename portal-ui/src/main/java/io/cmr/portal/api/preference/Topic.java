package io.cmr.portal.api.preference;

import java.util.List;
import java.util.Locale;

/** A topic of the catalog: what customers can be told about, and through which channels. */
public record Topic(String id, Text name, Text description, String category, List<String> allowedChannels,
        List<String> defaultChannels, boolean mandatory, long version) {

    /** A text in both languages the portal speaks. */
    public record Text(String fr, String en) {

        public String in(Locale locale) {
            return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? fr : en;
        }
    }
}
