package io.cmr.systemtests;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.cmr.infra.App;
import io.cmr.infra.LocalStack;
import io.cmr.infra.RunningStack;
import io.cmr.infra.StackSettings;
import io.cmr.infra.process.ChildProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway costs (a benchmark, not a test: it asserts only that it measured something).
 * The same read with alice's real token ({@code GET /api/v1/profile/me}), straight to
 * profile-service and through the gateway, (a) at saturation and (b) at a fixed rate of half the
 * direct maximum; it prints requests per second, p50/p99, their ratios and the gateway's CPU time
 * per request. It starts Keycloak, profile-service and the gateway with production JVM options
 * (not the local stack's fast-start ones) and stops them at the end. Run alone on a quiet machine:
 * <pre>
 * ./mvnw -B -DskipTests package
 * ./mvnw -B -pl system-tests test -Dtest=GatewayBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Each target is first warmed up with {@code -Dbenchmark.warm-up-requests=N} calls (20,000), or for at most
 * {@code -Dbenchmark.warm-up-seconds=N} (120). {@code -Dbenchmark.seconds=N} sets each measured phase (30), {@code -Dbenchmark.connections=N}
 * the concurrent connections (16), {@code -Dbenchmark.jfr=<file>} records a JFR profile of the
 * gateway saturated, in an extra phase after the measured ones.
 */
class GatewayBenchmark {

    /** The JIT in full and a heap of a size a deployment would give; nothing tuned for start-up. */
    private static final String PRODUCTION_JVM_OPTIONS = "-Xms256m -Xmx512m";

    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("benchmark.seconds", 30));
    /** Enough calls for the JIT to compile the request paths (its thresholds are about 10,000 calls a method). */
    private static final long WARM_UP_REQUESTS = Long.getLong("benchmark.warm-up-requests", 20_000);
    private static final Duration WARM_UP_AT_MOST = Duration.ofSeconds(Long.getLong("benchmark.warm-up-seconds", 120));
    private static final int CONNECTIONS = Integer.getInteger("benchmark.connections", 16);

    @Test
    void gatewayOverheadOnAnAuthenticatedRead() {
        StackSettings settings = WholeStack.settings("benchmark")
                .apply(System.getenv(), new String[] {
                        "--without=portal-ui,preference-service,order-status-service",
                        // Other builds may share the machine: Keycloak's start-up is not what is measured.
                        "--ready-timeout=600",
                        "--app-jvm-options=" + PRODUCTION_JVM_OPTIONS,
                        // alice's calls carry the portal's client id: its limit must not be what is measured.
                        "--app-arg=--cmr.gateway.rate-limits.clients.portal.requests=1000000000",
                        "--app-arg=--cmr.gateway.rate-limits.clients.portal.per=1m" });
        try (RunningStack stack = LocalStack.start(settings)) {
            Keycloak keycloak = new Keycloak(stack.keycloakUrl());
            URI direct = URI.create(stack.url(App.PROFILE) + "/api/v1/profile/me");
            URI gateway = URI.create(stack.gatewayUrl() + "/api/v1/profile/me");
            ChildProcess gatewayProcess = stack.process(App.GATEWAY);
            ChildProcess profileProcess = stack.process(App.PROFILE);
            System.out.printf(Locale.ROOT, "%nGateway benchmark: %d connections, %d s phases, load average before %s%n",
                    CONNECTIONS, PHASE.toSeconds(), loadAverage());

            LoadGenerator.Result warmDirect = load(keycloak, stack, direct).warmUp(WARM_UP_REQUESTS, WARM_UP_AT_MOST);
            LoadGenerator.Result warmGateway = load(keycloak, stack, gateway).warmUp(WARM_UP_REQUESTS, WARM_UP_AT_MOST);
            System.out.printf(Locale.ROOT, "Warm-up: %d direct, %d through the gateway (at most %d s each)%n",
                    warmDirect.requests(), warmGateway.requests(), WARM_UP_AT_MOST.toSeconds());

            Measured directMax = measure(() -> load(keycloak, stack, direct).saturate(PHASE), profileProcess, null);
            Measured gatewayMax = measure(() -> load(keycloak, stack, gateway).saturate(PHASE), gatewayProcess,
                    profileProcess);

            double half = directMax.result().perSecond() / 2;
            Measured directHalf = measure(() -> load(keycloak, stack, direct).atRate(half, PHASE), profileProcess, null);
            Measured gatewayHalf = measure(() -> load(keycloak, stack, gateway).atRate(half, PHASE), gatewayProcess,
                    profileProcess);

            System.out.println(report(directMax, gatewayMax, half, directHalf, gatewayHalf));
            String jfr = System.getProperty("benchmark.jfr");
            if (jfr != null) {
                profile(gatewayProcess, Path.of(jfr).toAbsolutePath(), () -> load(keycloak, stack, gateway).saturate(PHASE));
            }
            assertThat(gatewayMax.result().requests()).isPositive();
            assertThat(gatewayHalf.result().requests()).isPositive();
        }
    }

    /**
     * A flight recording costs the recorded process a lot of CPU: it is taken in a phase of its own,
     * after the measured ones, so that it distorts none of the figures above.
     */
    private static void profile(ChildProcess gateway, Path file, Runnable phase) {
        Jcmd.run(gateway.pid(), "JFR.start", "name=benchmark", "settings=profile", "filename=" + file);
        phase.run();
        Jcmd.run(gateway.pid(), "JFR.stop", "name=benchmark");
        System.out.printf(Locale.ROOT, "JFR profile of the gateway saturated (an extra phase, not measured): %s%n", file);
    }

    private static LoadGenerator load(Keycloak keycloak, RunningStack stack, URI target) {
        // A fresh token per phase: the realm's tokens live five minutes.
        String token = keycloak.login("alice", "alice", stack.gatewayUrl() + "/login/oauth2/code/keycloak");
        return new LoadGenerator(target, "Bearer " + token, CONNECTIONS);
    }

    /** @param cpuMillisPerRequest of the process the phase measures; the upstream's too when through the gateway */
    record Measured(LoadGenerator.Result result, double cpuMillisPerRequest, double upstreamCpuMillisPerRequest,
            String loadAverage) {
    }

    private static Measured measure(java.util.function.Supplier<LoadGenerator.Result> phase, ChildProcess process,
            ChildProcess upstream) {
        Duration cpuBefore = cpu(process);
        Duration upstreamBefore = upstream != null ? cpu(upstream) : Duration.ZERO;
        LoadGenerator.Result result = phase.get();
        double requests = Math.max(1, result.requests());
        double cpuPerRequest = cpu(process).minus(cpuBefore).toNanos() / 1e6 / requests;
        double upstreamPerRequest = upstream != null ? cpu(upstream).minus(upstreamBefore).toNanos() / 1e6 / requests : 0;
        return new Measured(result, cpuPerRequest, upstreamPerRequest, loadAverage());
    }

    /** The process's CPU time so far, all threads, user and system (from {@code /proc} on Linux). */
    private static Duration cpu(ChildProcess process) {
        return ProcessHandle.of(process.pid()).flatMap(handle -> handle.info().totalCpuDuration())
                .orElseThrow(() -> new IllegalStateException("No CPU time for " + process.name()));
    }

    private static String report(Measured directMax, Measured gatewayMax, double half, Measured directHalf,
            Measured gatewayHalf) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n%-28s %10s %9s %9s %8s %14s %14s %s%n", "GET /api/v1/profile/me",
                "req/s", "p50 ms", "p99 ms", "errors", "gw CPU ms/req", "svc CPU ms/req", "load avg after"));
        line(out, "(a) saturated, direct", directMax, false);
        line(out, "(a) saturated, gateway", gatewayMax, true);
        line(out, String.format(Locale.ROOT, "(b) %.0f/s, direct", half), directHalf, false);
        line(out, String.format(Locale.ROOT, "(b) %.0f/s, gateway", half), gatewayHalf, true);
        out.append(String.format(Locale.ROOT, "saturated ratio gateway/direct: %.2f (aim >= 0.6)%n",
                gatewayMax.result().perSecond() / directMax.result().perSecond()));
        out.append(String.format(Locale.ROOT, "half load, added by the gateway: p50 %+.2f ms, p99 %+.2f ms (aim <= 5 ms at p99)%n",
                gatewayHalf.result().percentileMillis(50) - directHalf.result().percentileMillis(50),
                gatewayHalf.result().percentileMillis(99) - directHalf.result().percentileMillis(99)));
        return out.toString();
    }

    private static void line(StringBuilder out, String name, Measured measured, boolean throughGateway) {
        LoadGenerator.Result result = measured.result();
        out.append(String.format(Locale.ROOT, "%-28s %10.0f %9.2f %9.2f %8d %14s %14.2f %s%n", name, result.perSecond(),
                result.percentileMillis(50), result.percentileMillis(99), result.failures(),
                throughGateway ? String.format(Locale.ROOT, "%.2f", measured.cpuMillisPerRequest()) : "-",
                throughGateway ? measured.upstreamCpuMillisPerRequest() : measured.cpuMillisPerRequest(),
                measured.loadAverage()));
    }

    private static String loadAverage() {
        try {
            List<String> parts = List.of(java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" "));
            return String.join(" ", parts.subList(0, 3));
        }
        catch (java.io.IOException | RuntimeException ex) {
            return "?";
        }
    }

    /** The JDK's own diagnostic command, to start and stop a flight recording in the gateway. */
    private static final class Jcmd {

        static void run(long pid, String... command) {
            List<String> line = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
            line.addAll(List.of(command));
            try {
                Process process = new ProcessBuilder(line).inheritIO().start();
                process.waitFor();
            }
            catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
