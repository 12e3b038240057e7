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
    private final Path dataDir;
    private final List<ChildProcess> processes = new ArrayList<>();
    private EmbeddedMongo mongo;
    private EmbeddedMail mail;
    private Duration readyIn;
    private boolean closed;

    RunningStack(Map<String, Integer> ports, Path dataDir) {
        this.ports = Map.copyOf(ports);
        this.dataDir = dataDir;
    }

    public String gatewayUrl() {
        return url(App.GATEWAY);
    }

    public String url(App app) {
        return "http://localhost:" + port(app.module());
    }

    public String keycloakUrl() {
        return "http://localhost:" + port("keycloak");
    }

    /** The port a component listens on: an app's module name, {@code keycloak}, {@code mongo}, {@code smtp} or {@code imap}. */
    public int port(String component) {
        return ports.get(component);
    }

    public String mongoUri() {
        return mongo.uri();
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

    public Path dataDir() {
        return dataDir;
    }

    /** From the first start to the last readiness answer. */
    public Duration readyIn() {
        return readyIn;
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
