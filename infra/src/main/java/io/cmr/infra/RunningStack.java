package io.cmr.infra;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.cmr.infra.process.ChildProcess;
import io.cmr.infra.process.Readiness;

/** A started stack: where each part answers, and {@link #close()} to stop all of it. */
public final class RunningStack implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration RESTART_READY_TIMEOUT = Duration.ofSeconds(180);

    private final Map<String, Integer> ports;
    private final String bindAddress;
    private final String keycloakHostname;
    private final Path dataDir;
    private final List<ChildProcess> processes = new ArrayList<>();
    private final Map<App, ChildProcess> apps = new EnumMap<>(App.class);
    private EmbeddedMongo mongo;
    private EmbeddedMail mail;
    private Duration readyIn;
    private boolean closed;

    /**
     * @param keycloakHostname Keycloak's public URL, which every token names as its issuer
     */
    RunningStack(Map<String, Integer> ports, String bindAddress, String keycloakHostname, Path dataDir) {
        this.ports = Map.copyOf(ports);
        this.bindAddress = bindAddress;
        this.keycloakHostname = keycloakHostname;
        this.dataDir = dataDir;
    }

    public String gatewayUrl() {
        return url(App.GATEWAY);
    }

    public String url(App app) {
        return "http://" + host() + ":" + port(app.module());
    }

    /** Where the app serves its actuator endpoints: a port the gateway never routes to. */
    public String managementUrl(App app) {
        return "http://" + host() + ":" + port(app.managementComponent());
    }

    /** Keycloak's public URL: the base of every token's issuer, whatever address a client used. */
    public String keycloakUrl() {
        return keycloakHostname;
    }

    /** Keycloak on the address it listens on, for the stack's own calls (keys, readiness, admin API). */
    public String keycloakBackChannelUrl() {
        return "http://" + connectHost() + ":" + port("keycloak");
    }

    /** The address every server of the stack listens on. */
    public String bindAddress() {
        return bindAddress;
    }

    /** The port a component listens on: see {@link StackSettings#ports()} for the names. */
    public int port(String component) {
        return ports.get(component);
    }

    public Map<String, Integer> ports() {
        return ports;
    }

    public String mongoUri() {
        return "mongodb://" + host() + ":" + mongo.port();
    }

    public int smtpPort() {
        return mail.smtpPort();
    }

    public int imapPort() {
        return mail.imapPort();
    }

    public Path mailDir() {
        return mail.mailDir();
    }

    /** Where profile-service's local SMS sender appends each text message, one file per number. */
    public Path smsDir() {
        return dataDir().resolve("sms");
    }

    public Path dataDir() {
        return dataDir;
    }

    /** From the first start to the last readiness answer. */
    public Duration readyIn() {
        return readyIn;
    }

    /** How clients name the stack's servers: {@code localhost} while it listens on loopback (or everywhere), else its address. */
    public String host() {
        return bindAddress.equals("127.0.0.1") || isWildcard() ? "localhost" : connectHost();
    }

    private String connectHost() {
        if (isWildcard()) {
            return "127.0.0.1";
        }
        return bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
    }

    private boolean isWildcard() {
        return bindAddress.equals("0.0.0.0") || bindAddress.matches("[:0]+");
    }

    List<ChildProcess> processes() {
        return List.copyOf(processes);
    }

    void started(EmbeddedMongo embeddedMongo) {
        this.mongo = embeddedMongo;
    }

    void started(EmbeddedMail embeddedMail) {
        this.mail = embeddedMail;
    }

    /** A process started while the stack was being stopped is stopped at once, and start-up ends there. */
    synchronized void started(ChildProcess process) {
        if (closed) {
            process.stop(STOP_GRACE);
            throw new IllegalStateException("CMR is stopping");
        }
        processes.add(process);
    }

    synchronized void started(App app, ChildProcess process) {
        started(process);
        apps.put(app, process);
    }

    /** Where the app answers whether it is ready to take requests. */
    URI readinessUrl(App app) {
        return URI.create(managementUrl(app) + "/actuator/health/readiness");
    }

    /** The app's process while it runs, to watch its resource use. */
    public synchronized ChildProcess process(App app) {
        ChildProcess process = apps.get(app);
        if (process == null) {
            throw new IllegalArgumentException(app.module() + " is not part of this stack");
        }
        return process;
    }

    /**
     * Stops one app (within the grace period), leaving the rest of the stack running, as when a
     * service goes down in production. {@link #start(App)} brings it back on the same ports.
     */
    public synchronized void stop(App app) {
        process(app).stop(STOP_GRACE);
    }

    /** Starts a stopped app again with the same command and ports, and returns once it is ready. */
    public void start(App app) {
        ChildProcess again;
        synchronized (this) {
            again = process(app).startAgain();
            processes.remove(apps.get(app));
            started(app, again);
        }
        new Readiness().await(again, readinessUrl(app), Instant.now().plus(RESTART_READY_TIMEOUT));
    }

    void ready(Duration elapsed) {
        this.readyIn = elapsed;
    }

    /** Stops every process at once (each within a grace period), then the embedded servers. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        CompletableFuture.allOf(processes.stream()
                .map(process -> CompletableFuture.runAsync(() -> process.stop(STOP_GRACE)))
                .toArray(CompletableFuture[]::new)).join();
        if (mail != null) {
            mail.close();
        }
        if (mongo != null) {
            mongo.close();
        }
    }
}
