package io.cmr.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.cmr.infra.process.ChildProcess;

/** A started stack: where each part answers, and {@link #close()} to stop all of it. */
public final class RunningStack implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Map<String, Integer> ports;
    private final String bindAddress;
    private final String keycloakHostname;
    private final Path dataDir;
    private final List<ChildProcess> processes = new ArrayList<>();
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
