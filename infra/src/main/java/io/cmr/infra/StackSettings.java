package io.cmr.infra;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the local stack runs: where its data lives, its ports (0 = any free one), which apps it
 * leaves out, and how it starts them.
 *
 * @param ports by component: the apps' module names, {@code <module>-management}, {@code keycloak},
 *        {@code mongo}, {@code smtp}, {@code imap}
 * @param bindAddress the address every server listens on
 * @param keycloakHostname Keycloak's public URL, the base of every token's issuer; empty for
 *        {@code http://localhost:<keycloak port>}
 * @param appArguments extra Spring arguments given to every app, after the stack's own
 */
public record StackSettings(
        Path dataDir,
        Path repoRoot,
        Map<String, Integer> ports,
        String bindAddress,
        Optional<String> keycloakHostname,
        Set<App> without,
        List<String> appJvmOptions,
        List<String> appArguments,
        Duration readyTimeout) {

    public static final List<String> DEFAULT_APP_JVM_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx384m");

    static final Map<String, Integer> DEFAULT_PORTS;

    static {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (App app : App.values()) {
            ports.put(app.module(), app.defaultPort());
            ports.put(app.managementComponent(), app.defaultManagementPort());
        }
        ports.put("keycloak", 8180);
        ports.put("mongo", 27017);
        ports.put("smtp", 3025);
        ports.put("imap", 3143);
        DEFAULT_PORTS = Map.copyOf(ports);
    }

    public StackSettings {
        ports = Map.copyOf(ports);
        without = without.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(without));
        appJvmOptions = List.copyOf(appJvmOptions);
        appArguments = List.copyOf(appArguments);
    }

    /** The local defaults, found from the repository the launcher was built in. */
    public static StackSettings defaults(Path repoRoot) {
        return new StackSettings(Path.of(".cmr-local"), repoRoot, DEFAULT_PORTS, "127.0.0.1", Optional.empty(), Set.of(),
                DEFAULT_APP_JVM_OPTIONS, List.of(), Duration.ofSeconds(180));
    }

    /** Every port 0, for tests that must not collide with a stack already running. */
    public StackSettings onFreePorts() {
        Map<String, Integer> free = new LinkedHashMap<>();
        DEFAULT_PORTS.keySet().forEach(component -> free.put(component, 0));
        return new StackSettings(dataDir, repoRoot, free, bindAddress, keycloakHostname, without, appJvmOptions,
                appArguments, readyTimeout);
    }

    public StackSettings withDataDir(Path dir) {
        return new StackSettings(dir, repoRoot, ports, bindAddress, keycloakHostname, without, appJvmOptions,
                appArguments, readyTimeout);
    }

    public StackSettings withAppArguments(String... arguments) {
        return new StackSettings(dataDir, repoRoot, ports, bindAddress, keycloakHostname, without, appJvmOptions,
                List.of(arguments), readyTimeout);
    }

    public int port(String component) {
        return ports.get(component);
    }

    /**
     * Applies {@code CMR_*} environment variables, then {@code --name=value} arguments, so that
     * the command line wins. Names: {@code data-dir}, {@code repo-root}, {@code <component>-port},
     * {@code bind-address}, {@code keycloak-hostname} (a full URL), {@code without} (modules, comma-separated), {@code app-jvm-options}, {@code app-arg}
     * (repeatable), {@code ready-timeout} (seconds or ISO-8601).
     */
    public StackSettings apply(Map<String, String> environment, String[] arguments) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith("CMR_")) {
                options.computeIfAbsent(name.substring(4).toLowerCase(Locale.ROOT).replace('_', '-'),
                        key -> new ArrayList<>()).add(value);
            }
        });
        Map<String, List<String>> fromArguments = new LinkedHashMap<>();
        for (String argument : arguments) {
            if (!argument.startsWith("--") || !argument.contains("=")) {
                throw new IllegalArgumentException("Expected --name=value, got: " + argument);
            }
            String[] parts = argument.substring(2).split("=", 2);
            fromArguments.computeIfAbsent(parts[0], key -> new ArrayList<>()).add(parts[1]);
        }
        options.putAll(fromArguments);
        return applyOptions(options, fromArguments.keySet());
    }

    private StackSettings applyOptions(Map<String, List<String>> options, Set<String> mustBeKnown) {
        Path dir = dataDir;
        Path root = repoRoot;
        Map<String, Integer> chosenPorts = new LinkedHashMap<>(ports);
        String bind = bindAddress;
        Optional<String> hostname = keycloakHostname;
        Set<App> left = without.isEmpty() ? EnumSet.noneOf(App.class) : EnumSet.copyOf(without);
        List<String> jvm = appJvmOptions;
        List<String> extra = new ArrayList<>(appArguments);
        Duration timeout = readyTimeout;
        for (Map.Entry<String, List<String>> option : options.entrySet()) {
            String name = option.getKey();
            String value = option.getValue().get(option.getValue().size() - 1);
            switch (name) {
                case "data-dir" -> dir = Path.of(value);
                case "repo-root" -> root = Path.of(value);
                case "bind-address" -> bind = bindAddress(value);
                case "keycloak-hostname" -> hostname = Optional.of(publicUrl(value));
                case "without" -> left = modules(value);
                case "app-jvm-options" -> jvm = List.of(value.trim().split("\\s+"));
                case "app-arg" -> extra.addAll(option.getValue());
                case "ready-timeout" -> timeout = duration(value);
                default -> {
                    String component = name.endsWith("-port") ? name.substring(0, name.length() - 5) : null;
                    if (component != null && DEFAULT_PORTS.containsKey(component)) {
                        chosenPorts.put(component, port(name, value));
                    }
                    else if (mustBeKnown.contains(name)) {
                        throw new IllegalArgumentException("Unknown option --" + name);
                    }
                }
            }
        }
        return new StackSettings(dir, root, chosenPorts, bind, hostname, left, jvm, extra, timeout);
    }

    private static Set<App> modules(String value) {
        Set<App> apps = EnumSet.noneOf(App.class);
        for (String module : value.split(",")) {
            if (!module.isBlank()) {
                apps.add(App.byModule(module.trim()).orElseThrow(() -> new IllegalArgumentException(
                        "--without names an unknown app '" + module.trim() + "'; apps are "
                                + Arrays.stream(App.values()).map(App::module).toList())));
            }
        }
        return apps;
    }

    private static String bindAddress(String value) {
        String address = value.trim();
        if (!address.matches("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*")) {
            throw new IllegalArgumentException("--bind-address must be an IP address such as 127.0.0.1, got '" + value + "'");
        }
        return address;
    }

    /** Keycloak needs a full URL for its hostname when the back channel is dynamic. */
    private static String publicUrl(String value) {
        String url = value.trim().replaceAll("/+$", "");
        if (!isHttpUrl(url)) {
            throw new IllegalArgumentException("--keycloak-hostname must be a full URL such as http://localhost:8180, got '"
                    + value + "'");
        }
        return url;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null;
        }
        catch (URISyntaxException ex) {
            return false;
        }
    }

    private static int port(String name, String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--" + name + " must be a port between 0 and 65535, got " + value);
            }
            return port;
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException("--" + name + " must be a number, got '" + value + "'", ex);
        }
    }

    private static Duration duration(String value) {
        try {
            return value.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(value)) : Duration.parse(value);
        }
        catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("--ready-timeout must be seconds or ISO-8601, got '" + value + "'", ex);
        }
    }
}
