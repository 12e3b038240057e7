package io.cmr.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cmr.infra.process.ChildProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RunningStackTest {

    @TempDir
    Path dataDir;

    @Test
    void stoppingStopsEveryProcessStartedSoFar() {
        RunningStack stack = new RunningStack(Map.of(), dataDir);
        ChildProcess server = longRunning("server");
        stack.started(server);

        stack.close();

        assertThat(server.isAlive()).isFalse();
    }

    @Test
    void aProcessThatStartsWhileTheStackIsStoppingIsStoppedAtOnceAndEndsTheStartUp() {
        RunningStack stack = new RunningStack(Map.of(), dataDir);
        stack.close();
        ChildProcess late = longRunning("late");

        assertThatIllegalStateException().isThrownBy(() -> stack.started(late)).withMessageContaining("stopping");
        assertThat(late.isAlive()).isFalse();
    }

    /** A process that would run for a minute, standing in for an app or Keycloak. */
    private ChildProcess longRunning(String name) {
        return ChildProcess.start(name, List.of("sleep", "60"), Map.of(), dataDir.resolve(name + ".log"));
    }
}
