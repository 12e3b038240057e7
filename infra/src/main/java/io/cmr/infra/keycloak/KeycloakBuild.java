package io.cmr.infra.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keycloak's build step, which fixes its build-time options into the distribution. Run once
 * (by the Maven build, or by the first start if the distribution was unpacked otherwise) so
 * that every start can use {@code --optimized} and skip it.
 */
public final class KeycloakBuild {

    /** A file database of Keycloak's own, kept in the stack's data directory. */
    static final List<String> OPTIONS = List.of("--db=dev-file");
    private static final String MARKER = ".cmr-build-options";

    private KeycloakBuild() {
    }

    public static void main(String[] args) {
        ensureBuilt(Path.of(args[0]));
    }

    public static synchronized void ensureBuilt(Path home) {
        Path marker = home.resolve(MARKER);
        String expected = String.join(" ", OPTIONS);
        try {
            if (Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(expected)) {
                return;
            }
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
            command.addAll(OPTIONS);
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process build = builder.start();
            if (!build.waitFor(5, TimeUnit.MINUTES) || build.exitValue() != 0) {
                build.destroyForcibly();
                throw new IllegalStateException("Keycloak's build step failed in " + home);
            }
            Files.writeString(marker, expected, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during Keycloak's build step", ex);
        }
    }
}
