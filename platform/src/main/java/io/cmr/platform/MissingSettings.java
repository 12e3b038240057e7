package io.cmr.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the settings a deployment must give (no compiled-in default could be right outside a
 * developer's machine), then refuses to go on naming every one that is missing.
 */
public final class MissingSettings {

    private final List<String> missing = new ArrayList<>();

    public MissingSettings require(String property, Object value) {
        if (value == null || value.toString().isBlank()) {
            missing.add(property);
        }
        return this;
    }

    /** @throws IllegalStateException naming each missing setting and its environment variable */
    public void check() {
        if (missing.isEmpty()) {
            return;
        }
        List<String> named = missing.stream().map(property -> property + " (" + environmentVariable(property) + ")").toList();
        throw new IllegalStateException("Missing settings: " + String.join(", ", named)
                + ". Give each one, or run with the Spring profile 'local' for the local stack's values.");
    }

    /** Spring's relaxed binding: dots become underscores, dashes go. */
    static String environmentVariable(String property) {
        return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }
}
