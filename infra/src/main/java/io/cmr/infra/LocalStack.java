package io.cmr.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.cmr.infra.keycloak.KeycloakServer;
import io.cmr.infra.keycloak.PortalClientUrls;
import io.cmr.infra.process.ChildProcess;
import io.cmr.infra.process.FreePorts;
import io.cmr.infra.process.Readiness;
import org.slf4j.LoggerFactory;

/**
 * The whole of CMR on one machine with one command and no Docker: MongoDB-wire server, Keycloak,
 * SMTP and the five apps, started together and stopped together.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        StackSettings settings;
        try {
            settings = StackSettings.defaults(repoRootOfThisJar()).apply(System.getenv(), args);
        }
        catch (IllegalArgumentException ex) {
            System.err.println(ex.getMessage());
            System.exit(2);
            return;
        }
        System.out.println("Starting CMR (data in " + settings.dataDir().toAbsolutePath() + ") ...");
        // Registered before anything starts, so that a stop during start-up leaves nothing behind either.
        RunningStack stack = plan(settings);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.out.println("Stopping CMR ...");
            stack.close();
            System.out.println("CMR stopped.");
        }, "stop-cmr"));
        try {
            startInto(stack, settings);
        }
        catch (RuntimeException ex) {
            if (stopping.get()) {
                return;
            }
            System.err.println("CMR could not start: " + ex.getMessage());
            System.exit(1);
        }
        System.out.println(Banner.of(stack, settings));
        awaitShutdown();
    }

    /**
     * Starts everything at once (Keycloak takes longest and no app needs it to start) and
     * returns when every part answers its readiness check. On failure, stops what was started.
     */
    public static RunningStack start(StackSettings settings) {
        RunningStack stack = plan(settings);
        startInto(stack, settings);
        return stack;
    }

    /** The stack's ports and data directory, nothing started yet. */
    private static RunningStack plan(StackSettings settings) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        settings.ports().forEach((component, port) -> ports.put(component, FreePorts.resolve(port)));
        String keycloakHostname = settings.keycloakHostname().orElse("http://localhost:" + ports.get("keycloak"));
        return new RunningStack(ports, settings.bindAddress(), keycloakHostname, settings.dataDir().toAbsolutePath());
    }

    private static void startInto(RunningStack stack, StackSettings settings) {
        Instant begin = Instant.now();
        Path dataDir = stack.dataDir();
        try {
            Files.createDirectories(dataDir);
            stack.started(EmbeddedMongo.start(dataDir, stack.bindAddress(), stack.port("mongo")));
            stack.started(EmbeddedMail.start(dataDir, stack.bindAddress(), stack.port("smtp"), stack.port("imap")));
            Map<String, String> realmEnvironment = Map.of(
                    "CMR_GATEWAY_URL", stack.gatewayUrl(), "CMR_PORTAL_URL", stack.url(App.PORTAL));
            ChildProcess keycloak = KeycloakServer.start(keycloakHome(settings.repoRoot()),
                    new KeycloakServer.Listen(stack.bindAddress(), stack.port("keycloak"), stack.keycloakUrl()),
                    dataDir, realmEnvironment);
            stack.started(keycloak);
            Map<ChildProcess, URI> readiness = new LinkedHashMap<>();
            readiness.put(keycloak, KeycloakServer.readinessUrl(stack.keycloakBackChannelUrl()));
            for (App app : App.values()) {
                if (!settings.without().contains(app)) {
                    ChildProcess process = startApp(app, settings, stack, dataDir);
                    stack.started(app, process);
                    readiness.put(process, stack.readinessUrl(app));
                }
            }
            Instant deadline = begin.plus(settings.readyTimeout());
            Readiness check = new Readiness();
            readiness.forEach((process, url) -> check.await(process, url, deadline));
            new PortalClientUrls(stack.keycloakBackChannelUrl(), KeycloakServer.adminPassword())
                    .alignWith(stack.gatewayUrl(), stack.url(App.PORTAL));
            stack.ready(Duration.between(begin, Instant.now()));
        }
        catch (IOException ex) {
            stack.close();
            throw new UncheckedIOException(ex);
        }
        catch (RuntimeException ex) {
            stack.close();
            throw ex;
        }
    }

    private static ChildProcess startApp(App app, StackSettings settings, RunningStack stack, Path dataDir) {
        Path jar = settings.repoRoot().resolve(app.module()).resolve("target").resolve(app.module() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw -B -DskipTests package");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.appJvmOptions());
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(
                // Demo secrets and local conveniences live in this profile only.
                "--spring.profiles.active=local",
                "--server.address=" + stack.bindAddress(),
                "--server.port=" + stack.port(app.module()),
                "--management.server.address=" + stack.bindAddress(),
                "--management.server.port=" + stack.port(app.managementComponent()),
                "--cmr.security.issuer-uri=" + stack.keycloakUrl() + "/realms/cmr",
                // Keys and tokens straight from Keycloak's address, whatever its public hostname resolves to here.
                "--cmr.security.back-channel-uri=" + stack.keycloakBackChannelUrl() + "/realms/cmr",
                "--spring.mongodb.uri=" + stack.mongoUri(),
                "--spring.mail.host=" + stack.host(),
                "--spring.mail.port=" + stack.smtpPort(),
                "--cmr.gateway.profile-uri=" + stack.url(App.PROFILE),
                "--cmr.gateway.preference-uri=" + stack.url(App.PREFERENCE),
                "--cmr.gateway.order-status-uri=" + stack.url(App.ORDER_STATUS),
                "--cmr.gateway.portal-uri=" + stack.url(App.PORTAL),
                "--cmr.remote.clients.profile.url=" + stack.gatewayUrl(),
                "--cmr.remote.clients.profile-service.url=" + stack.url(App.PROFILE)));
        if (app == App.PROFILE) {
            // The local SMS sender's messages, where a person reads them (the banner says so).
            command.add("--cmr.profile.sms-outbox=" + stack.smsDir());
            // Export and erasure call the other services' internal endpoints directly.
            command.add("--cmr.remote.clients.preference.url=" + stack.url(App.PREFERENCE));
            command.add("--cmr.remote.clients.order-status.url=" + stack.url(App.ORDER_STATUS));
        }
        if (app == App.ORDER_STATUS) {
            // Notices: delivery plans from preference-service, links on the gateway, SMS where the banner says.
            command.add("--cmr.remote.clients.preference.url=" + stack.url(App.PREFERENCE));
            command.add("--cmr.notifications.public-url=" + stack.gatewayUrl());
            command.add("--cmr.notifications.sms-outbox=" + stack.smsDir());
        }
        command.addAll(settings.appArguments());
        return ChildProcess.start(app.module(), command, Map.of(), dataDir.resolve("logs").resolve(app.module() + ".log"));
    }

    static Path keycloakHome(Path repoRoot) {
        Properties versions = new Properties();
        try (var in = LocalStack.class.getResourceAsStream("/io/cmr/infra/versions.properties")) {
            versions.load(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Path home = repoRoot.resolve("infra/target/keycloak/keycloak-" + versions.getProperty("keycloak.version"));
        if (!Files.isDirectory(home)) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home
                    + ": build first with ./mvnw -B -DskipTests package");
        }
        return home;
    }

    /**
     * Run as {@code java -jar <repo>/infra/target/cmr-local.jar}, the repository is three levels up
     * from the jar; run any other way (an IDE), it is the working directory.
     */
    static Path repoRootOfThisJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            return Path.of(classPath).toAbsolutePath().getParent().getParent().getParent().normalize();
        }
        return Path.of("").toAbsolutePath();
    }

    private static void awaitShutdown() {
        try {
            new CountDownLatch(1).await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
