package io.cmr.systemtests;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A small HTTP/1.1 load generator for benchmarks on loopback only: a few keep-alive connections,
 * each sending one prepared GET after another (no client library in the way, so the generator
 * itself costs little of the machine's CPU), bounded in time and in count.
 */
final class LoadGenerator {

    /** Stop recording beyond this many requests per run, whatever the rate. */
    private static final int MAX_RECORDED = 2_000_000;

    /** What a run measured: latencies in microseconds, sorted. */
    record Result(int requests, int failures, Duration elapsed, long[] latenciesMicros) {

        double perSecond() {
            return requests / (elapsed.toNanos() / 1e9);
        }

        double percentileMillis(double percentile) {
            if (latenciesMicros.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(latenciesMicros.length - 1, Math.ceil(percentile / 100 * latenciesMicros.length) - 1);
            return latenciesMicros[Math.max(0, index)] / 1000.0;
        }
    }

    private final URI uri;
    private final byte[] request;
    private final int connections;

    LoadGenerator(URI uri, String authorization, int connections) {
        if (!InetAddress.getLoopbackAddress().getHostName().equals(uri.getHost()) && !uri.getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("Benchmarks load loopback only, not " + uri.getHost());
        }
        this.uri = uri;
        this.connections = connections;
        this.request = ("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAuthorization: " + authorization + "\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** As fast as the connections go (closed loop), for {@code duration}. */
    Result saturate(Duration duration) {
        return run(duration, 0, Long.MAX_VALUE);
    }

    /**
     * As fast as the connections go until {@code requests} are answered or {@code atMost} has
     * passed: enough calls for the JIT to compile the request path, however slow the machine.
     */
    Result warmUp(long requests, Duration atMost) {
        return run(atMost, 0, requests);
    }

    /**
     * At a fixed rate (open loop): request {@code i} is due at {@code start + i / rate}, and its
     * latency counts from when it was due, so a stalled server is not hidden by a waiting client.
     */
    Result atRate(double perSecond, Duration duration) {
        return run(duration, perSecond, Long.MAX_VALUE);
    }

    private Result run(Duration duration, double perSecond, long budget) {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        AtomicLong nextSlot = new AtomicLong();
        AtomicLong issued = new AtomicLong();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            workers.add(new Worker(start, end, perSecond, nextSlot, () -> issued.incrementAndGet() <= budget));
        }
        workers.forEach(Thread::start);
        for (Worker worker : workers) {
            try {
                worker.join(duration.toMillis() + 60_000);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        int failures = workers.stream().mapToInt(worker -> worker.failures).sum();
        long[] all = workers.stream().flatMapToLong(worker -> Arrays.stream(worker.latencies, 0, worker.count)).sorted()
                .toArray();
        return new Result(all.length, failures, elapsed, all);
    }

    private final class Worker extends Thread {

        private final long start;
        private final long end;
        private final double perSecond;
        private final AtomicLong nextSlot;
        private final java.util.function.BooleanSupplier withinBudget;
        private long[] latencies = new long[1024];
        private int count;
        private int failures;

        Worker(long start, long end, double perSecond, AtomicLong nextSlot, java.util.function.BooleanSupplier withinBudget) {
            super("load-" + uri.getPort());
            this.start = start;
            this.end = end;
            this.perSecond = perSecond;
            this.nextSlot = nextSlot;
            this.withinBudget = withinBudget;
        }

        @Override
        public void run() {
            Socket socket = null;
            try {
                while (true) {
                    long due = System.nanoTime();
                    if (perSecond > 0) {
                        due = start + (long) (nextSlot.getAndIncrement() * 1e9 / perSecond);
                        LockSupport.parkNanos(due - System.nanoTime());
                    }
                    if (due >= end || count >= MAX_RECORDED / connections || !withinBudget.getAsBoolean()) {
                        return;
                    }
                    if (socket == null || socket.isClosed()) {
                        socket = connect();
                    }
                    int status;
                    try {
                        status = exchange(socket);
                    }
                    catch (IOException ex) {
                        socket.close();
                        socket = null;
                        status = -1;
                    }
                    if (status == 200) {
                        record((System.nanoTime() - due) / 1000);
                    }
                    else {
                        failures++;
                    }
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            finally {
                if (socket != null) {
                    try {
                        socket.close();
                    }
                    catch (IOException ignored) {
                        // Closing at the end of the run.
                    }
                }
            }
        }

        private Socket connect() throws IOException {
            Socket socket = new Socket(uri.getHost(), uri.getPort());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            return socket;
        }

        private void record(long micros) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = micros;
        }

        private InputStream in;
        private Socket inOf;

        /** Sends the request and reads the whole response; answers its status. */
        private int exchange(Socket socket) throws IOException {
            if (inOf != socket) {
                in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                inOf = socket;
            }
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(header.substring(15).trim());
                }
                else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
                else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line(in).split(";")[0].trim(), 16); size > 0;
                        size = Long.parseLong(line(in).split(";")[0].trim(), 16)) {
                    skip(in, size);
                    line(in);
                }
                for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
                    // Trailers are not used.
                }
            }
            else if (length > 0) {
                skip(in, length);
            }
            // Tomcat closes a keep-alive connection after 100 requests: the answer counts, the next call reconnects.
            if (close) {
                socket.close();
            }
            return status;
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private static void skip(InputStream in, long bytes) throws IOException {
            long left = bytes;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }
    }
}
