package io.cmr.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.cmr.infra.process.ChildProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

class RunningStackTest {

    @TempDir
    Path dataDir;

    @Test
    void stoppingStopsEveryProcessStartedSoFar() {
        RunningStack stack = new RunningStack(Map.of(), "127.0.0.1", "http://localhost:8180", dataDir);
        ChildProcess server = longRunning("server");
        stack.started(server);

        stack.close();

        assertThat(server.isAlive()).isFalse();
    }

    @Test
    void stoppingOneAppLeavesTheRestRunning() {
        RunningStack stack = new RunningStack(Map.of(), "127.0.0.1", "http://localhost:8180", dataDir);
        ChildProcess keycloak = longRunning("keycloak");
        ChildProcess profile = longRunning("profile-service");
        ChildProcess gateway = longRunning("gateway");
        stack.started(keycloak);
        stack.started(App.PROFILE, profile);
        stack.started(App.GATEWAY, gateway);

        stack.stop(App.PROFILE);

        assertThat(profile.isAlive()).isFalse();
        assertThat(keycloak.isAlive()).isTrue();
        assertThat(gateway.isAlive()).isTrue();
        stack.close();
        assertThat(gateway.isAlive()).isFalse();
    }

    @Test
    void aStoppedProcessStartsAgainWithTheSameCommandAndKeepsItsEarlierLog() {
        Path log = dataDir.resolve("echo.log");
        ChildProcess first = ChildProcess.start("echo", List.of("echo", "started"), Map.of(), log);
        await().until(() -> !first.isAlive());

        ChildProcess again = first.startAgain();
        await().until(() -> !again.isAlive());

        assertThat(log).hasContent("started" + System.lineSeparator() + "started");
    }

    @Test
    void aRunningProcessCannotBeStartedTwice() {
        ChildProcess running = longRunning("server");

        assertThatIllegalStateException().isThrownBy(running::startAgain).withMessageContaining("still running");
        running.stop(Duration.ofSeconds(5));
    }

    @Test
    void aProcessThatStartsWhileTheStackIsStoppingIsStoppedAtOnceAndEndsTheStartUp() {
        RunningStack stack = new RunningStack(Map.of(), "127.0.0.1", "http://localhost:8180", dataDir);
        stack.close();
        ChildProcess late = longRunning("late");

        assertThatIllegalStateException().isThrownBy(() -> stack.started(late)).withMessageContaining("stopping");
        assertThat(late.isAlive()).isFalse();
    }

    @Test
    void tokensNameThePublicKeycloakWhileTheStackCallsKeycloakWhereItListens() {
        RunningStack stack = new RunningStack(Map.of("keycloak", 8180, "gateway", 8080, "gateway-management", 9080),
                "127.0.0.1", "https://id.cmr.example", dataDir);

        assertThat(stack.keycloakUrl()).isEqualTo("https://id.cmr.example");
        assertThat(stack.keycloakBackChannelUrl()).isEqualTo("http://127.0.0.1:8180");
        assertThat(stack.gatewayUrl()).isEqualTo("http://localhost:8080");
        assertThat(stack.managementUrl(App.GATEWAY)).isEqualTo("http://localhost:9080");
    }

    @Test
    void boundToOneAddressTheStackIsReachedThere() {
        RunningStack everywhere = new RunningStack(Map.of("keycloak", 8180, "gateway", 8080), "0.0.0.0",
                "http://localhost:8180", dataDir);
        RunningStack onAnInterface = new RunningStack(Map.of("keycloak", 8180, "gateway", 8080), "192.0.2.2",
                "http://192.0.2.2:8180", dataDir);

        assertThat(everywhere.gatewayUrl()).isEqualTo("http://localhost:8080");
        assertThat(everywhere.keycloakBackChannelUrl()).isEqualTo("http://127.0.0.1:8180");
        assertThat(onAnInterface.gatewayUrl()).isEqualTo("http://192.0.2.2:8080");
        assertThat(onAnInterface.keycloakBackChannelUrl()).isEqualTo("http://192.0.2.2:8180");
    }

    /** A process that would run for a minute, standing in for an app or Keycloak. */
    private ChildProcess longRunning(String name) {
        return ChildProcess.start(name, List.of("sleep", "60"), Map.of(), dataDir.resolve(name + ".log"));
    }
}
