package io.cmr.platform.test;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The MongoDB a test JVM talks to, chosen once: {@code CMR_TEST_MONGODB_URI} when set, a real
 * MongoDB in Docker when a Docker engine answers, otherwise the embedded MongoDB-wire server.
 */
public final class TestMongo implements AutoCloseable {

    static final String URI_VARIABLE = "CMR_TEST_MONGODB_URI";

    private final String uri;
    private final AutoCloseable server;

    private TestMongo(String uri, AutoCloseable server) {
        this.uri = uri;
        this.server = server;
    }

    public static TestMongo start() {
        String configured = System.getenv(URI_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return new TestMongo(configured, () -> { });
        }
        if (dockerMayBeThere() && DockerClientFactory.instance().isDockerAvailable()) {
            MongoDBContainer container = new MongoDBContainer("mongo:8.0");
            container.start();
            return new TestMongo(container.getReplicaSetUrl(), container::stop);
        }
        MongoServer embedded = new MongoServer(new MemoryBackend());
        embedded.bind("127.0.0.1", 0);
        return new TestMongo("mongodb://127.0.0.1:" + embedded.getLocalAddress().getPort(), embedded::shutdownNow);
    }

    /** Asking Testcontainers costs seconds of probing where no engine could possibly be. */
    private static boolean dockerMayBeThere() {
        return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
    }

    public String uri() {
        return uri;
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
