package io.cmr.portal.notifications;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The links of a notice as the portal shows them: its own pages only, whatever host the API wrote
 * in them (the public one), and only those the portal has words for, in a fixed order.
 */
public final class NoticeLinks {

    /** The names the API gives links, in the order they are shown. */
    static final List<String> NAMES = List.of("order", "deliveryInstructions", "reportProblem", "preferences");

    /** @param name the link's name: its text is {@code notifications.link.<name>} */
    public record Link(String name, String path) {
    }

    private NoticeLinks() {
    }

    public static List<Link> of(Map<String, String> links) {
        List<Link> shown = new ArrayList<>();
        if (links == null) {
            return shown;
        }
        for (String name : NAMES) {
            String path = path(links.get(name));
            if (path != null) {
                shown.add(new Link(name, path));
            }
        }
        return shown;
    }

    /** The path and query of an http(s) URL; null for anything else (another scheme, no path). */
    static String path(String url) {
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
        boolean web = uri.getScheme() == null || "http".equalsIgnoreCase(uri.getScheme())
                || "https".equalsIgnoreCase(uri.getScheme());
        String path = uri.getRawPath();
        if (!web || path == null || !path.startsWith("/") || path.startsWith("//")) {
            return null;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
