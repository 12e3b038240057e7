package io.cmr.systemtests;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;

import io.cmr.infra.LocalStack;
import io.cmr.infra.RunningStack;
import io.cmr.infra.StackSettings;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local stack as a developer uses it: stopped, then started again on the same data (here on
 * other ports, as after a port change), with nothing lost and no process left behind.
 */
class RestartSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aRestartKeepsWhatWasWrittenAndStoppingLeavesNoProcessBehind() {
        StackSettings settings = WholeStack.settings("restart");

        Set<Long> alreadyRunning = runningChildren();
        JsonNode before;
        try (RunningStack stack = LocalStack.start(settings)) {
            before = aliceProfile(stack);
        }
        assertThat(runningChildren()).isSubsetOf(alreadyRunning);

        try (RunningStack stack = LocalStack.start(settings)) {
            JsonNode after = aliceProfile(stack);

            assertThat(after.get("customerId").asString()).isEqualTo(before.get("customerId").asString());
            assertThat(after.get("createdAt").asString()).isEqualTo(before.get("createdAt").asString());
        }
        assertThat(runningChildren()).isSubsetOf(alreadyRunning);
    }

    /** Other tests' stack may be running in this JVM too; only this test's processes must be gone. */
    private static Set<Long> runningChildren() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }

    private static JsonNode aliceProfile(RunningStack stack) {
        String token = new Keycloak(stack.keycloakUrl()).login("alice", "alice", stack.gatewayUrl() + "/login/oauth2/code/keycloak");
        HttpResponse<String> response = new Http().get(stack.gatewayUrl() + "/api/v1/profile/me",
                "Authorization", "Bearer " + token);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
