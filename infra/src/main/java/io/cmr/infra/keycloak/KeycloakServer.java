package io.cmr.infra.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cmr.infra.process.ChildProcess;

/**
 * Keycloak from its official distribution, with realm {@code cmr} imported on first start and
 * its database kept in the stack's data directory.
 */
public final class KeycloakServer {

    static final String REALM_RESOURCE = "/io/cmr/infra/keycloak/cmr-realm.json";

    private KeycloakServer() {
    }

    /**
     * Where Keycloak listens and the one public URL it names itself by.
     *
     * @param hostname a full URL: the base of every token's issuer and of the login pages' links
     */
    public record Listen(String address, int port, String hostname) {
    }

    /**
     * @param realmEnvironment values for the realm file's {@code ${...}} placeholders
     */
    public static ChildProcess start(Path home, Listen listen, Path dataDir, Map<String, String> realmEnvironment) {
        KeycloakBuild.ensureBuilt(home);
        installRealm(home);
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--import-realm",
                "--http-enabled=true", "--http-host=" + listen.address(), "--http-port=" + listen.port(),
                // One issuer whatever name a client used; token, keys and other back-channel endpoints
                // still answer on any name, so that apps and scripts may call Keycloak's own address.
                "--hostname=" + listen.hostname(),
                "--hostname-backchannel-dynamic=true",
                // Each stack's Keycloak stands alone: no cluster discovery, no cluster port.
                "--cache=local",
                "--db-url=jdbc:h2:file:" + dataDir.resolve("keycloak/keycloakdb").toAbsolutePath()
                        + ";NON_KEYWORDS=VALUE"));
        Map<String, String> environment = new HashMap<>(realmEnvironment);
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.putIfAbsent("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword());
        return ChildProcess.start("keycloak", command, environment, dataDir.resolve("logs/keycloak.log"));
    }

    /** The bootstrap admin's password: local only, overridable. */
    public static String adminPassword() {
        return System.getenv().getOrDefault("CMR_KEYCLOAK_ADMIN_PASSWORD", "admin");
    }

    public static URI readinessUrl(String baseUrl) {
        return URI.create(baseUrl + "/realms/cmr/.well-known/openid-configuration");
    }

    /** Keycloak imports only from its own data/import directory; the file is the same for every stack. */
    private static void installRealm(Path home) {
        Path importDir = home.resolve("data/import");
        try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new IllegalStateException("The realm file " + REALM_RESOURCE + " is missing from the launcher");
            }
            Files.createDirectories(importDir);
            Path staged = Files.createTempFile(importDir, "cmr-realm", ".tmp");
            Files.copy(realm, staged, StandardCopyOption.REPLACE_EXISTING);
            Files.move(staged, importDir.resolve("cmr-realm.json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
