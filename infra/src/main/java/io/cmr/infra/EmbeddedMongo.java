package io.cmr.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The embedded MongoDB-wire server, stored in one file of the data directory so that a
 * restart keeps what was written.
 */
final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final int port;

    private EmbeddedMongo(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static EmbeddedMongo start(Path dataDir, String bindAddress, int port) {
        try {
            Path dir = Files.createDirectories(dataDir.resolve("mongo"));
            MongoServer server = new MongoServer(new H2Backend(dir.resolve("cmr.mv").toString()));
            server.bind(bindAddress, port);
            return new EmbeddedMongo(server, server.getLocalAddress().getPort());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    int port() {
        return port;
    }

    /** Closing the server closes its backend, which writes the last changes to the file. */
    @Override
    public void close() {
        server.shutdownNow();
    }
}
