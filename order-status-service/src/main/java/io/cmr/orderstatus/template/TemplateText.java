package io.cmr.orderstatus.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a template: literal text with {@code {{name}}} placeholders. A value named
 * {@code name.fr} or {@code name.en} stands in for {@code name} in that language, so one notice
 * carries an incident's title in both languages and each customer reads their own.
 */
public final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]{0,63})\\s*}}");

    private TemplateText() {
    }

    /** The placeholders {@code text} names, in order of first use. */
    public static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /**
     * What is wrong with {@code text} as a template of a kind allowing {@code allowed}: each unknown
     * placeholder, and braces that open or close no placeholder. Empty when it is fine.
     */
    public static List<String> problems(String text, Set<String> allowed) {
        List<String> problems = new ArrayList<>();
        if (text == null) {
            return problems;
        }
        for (String name : placeholders(text)) {
            if (!allowed.contains(name)) {
                problems.add("unknown placeholder {{" + name + "}}; known: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.contains("{{") || rest.contains("}}")) {
            problems.add("malformed placeholder: write {{name}} with a name of letters and digits");
        }
        return problems;
    }

    /**
     * Fills the placeholders of {@code text}; a value nobody gave renders as nothing.
     *
     * @param html escape values for HTML, leaving the template's own markup as it is
     */
    public static String render(String text, Map<String, String> values, String language, boolean html) {
        if (text == null) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name + "." + language);
            if (value == null) {
                value = values.getOrDefault(name, "");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(html ? escape(value) : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
