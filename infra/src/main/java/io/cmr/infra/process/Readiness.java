package io.cmr.infra.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/** Waits for a server to answer 200 on its readiness URL, giving up when its process dies. */
public final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public void await(ChildProcess process, URI url, Instant deadline) {
        while (true) {
            if (!process.isAlive()) {
                throw new NotReadyException(process, "exited before it was ready");
            }
            if (answersOk(url)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new NotReadyException(process, "was not ready in time (" + url + ")");
            }
            LockSupport.parkNanos(POLL_INTERVAL.toNanos());
        }
    }

    private boolean answersOk(URI url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        }
        catch (IOException notYet) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for readiness", ex);
        }
    }

    /** Names the process that failed and shows the end of its log. */
    public static final class NotReadyException extends RuntimeException {

        NotReadyException(ChildProcess process, String what) {
            super(process.name() + " " + what + ". Last lines of " + process.log() + ":"
                    + System.lineSeparator() + process.logTail(30));
        }
    }
}
