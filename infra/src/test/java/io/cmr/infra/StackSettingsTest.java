package io.cmr.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackSettingsTest {

    private final StackSettings defaults = StackSettings.defaults(Path.of("/repo"));

    @Test
    void runsOnTheDocumentedPortsWithDataInTheWorkingDirectoryByDefault() {
        assertThat(defaults.port("gateway")).isEqualTo(8080);
        assertThat(defaults.port("portal-ui")).isEqualTo(8081);
        assertThat(defaults.port("keycloak")).isEqualTo(8180);
        assertThat(defaults.port("mongo")).isEqualTo(27017);
        assertThat(defaults.port("smtp")).isEqualTo(3025);
        assertThat(defaults.port("gateway-management")).isEqualTo(9080);
        assertThat(defaults.port("order-status-service-management")).isEqualTo(9084);
        assertThat(defaults.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(defaults.keycloakHostname()).isEmpty();
        assertThat(defaults.dataDir()).isEqualTo(Path.of(".cmr-local"));
        assertThat(defaults.without()).isEmpty();
    }

    @Test
    void commandLineOptionsChangePortsDataDirAndWhatIsLeftOut() {
        StackSettings settings = defaults.apply(Map.of(), new String[] { "--gateway-port=9080", "--keycloak-port=0",
                "--data-dir=/tmp/cmr", "--without=portal-ui, profile-service", "--ready-timeout=90" });

        assertThat(settings.port("gateway")).isEqualTo(9080);
        assertThat(settings.port("keycloak")).isZero();
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/cmr"));
        assertThat(settings.without()).containsExactlyInAnyOrder(App.PORTAL, App.PROFILE);
        assertThat(settings.readyTimeout()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void theBindAddressKeycloaksPublicUrlAndManagementPortsCanBeChosen() {
        StackSettings settings = defaults.apply(Map.of("CMR_KEYCLOAK_HOSTNAME", "https://id.cmr.example/"),
                new String[] { "--bind-address=0.0.0.0", "--profile-service-management-port=0" });

        assertThat(settings.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(settings.keycloakHostname()).hasValue("https://id.cmr.example");
        assertThat(settings.port("profile-service-management")).isZero();
    }

    @Test
    void environmentVariablesWorkTooButTheCommandLineWins() {
        StackSettings settings = defaults.apply(Map.of("CMR_DATA_DIR", "/srv/cmr", "CMR_MONGO_PORT", "27018",
                "CMR_PORTAL_CLIENT_SECRET", "not-an-option"), new String[] { "--mongo-port=27019" });

        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/cmr"));
        assertThat(settings.port("mongo")).isEqualTo(27019);
    }

    @Test
    void extraAppArgumentsAndJvmOptionsArePassedThrough() {
        StackSettings settings = defaults.apply(Map.of(), new String[] { "--app-arg=--logging.level.root=DEBUG",
                "--app-arg=--cmr.security.clock-skew=0s", "--app-jvm-options=-Xmx512m -XX:+UseG1GC" });

        assertThat(settings.appArguments()).containsExactly("--logging.level.root=DEBUG", "--cmr.security.clock-skew=0s");
        assertThat(settings.appJvmOptions()).containsExactly("-Xmx512m", "-XX:+UseG1GC");
    }

    @Test
    void mistakesAreRefusedWithAMessageSayingWhatIsWrong() {
        assertThatThrownBy(() -> defaults.apply(Map.of(), new String[] { "--gateway-prot=9080" }))
                .hasMessageContaining("Unknown option --gateway-prot");
        assertThatThrownBy(() -> defaults.apply(Map.of(), new String[] { "--gateway-port=http" }))
                .hasMessageContaining("--gateway-port must be a number");
        assertThatThrownBy(() -> defaults.apply(Map.of(), new String[] { "--smtp-port=70000" }))
                .hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> defaults.apply(Map.of(), new String[] { "--without=billing" }))
                .hasMessageContaining("unknown app 'billing'");
        assertThatThrownBy(() -> defaults.apply(Map.of(), new String[] { "--keycloak-hostname=localhost:8180" }))
                .hasMessageContaining("--keycloak-hostname must be a full URL");
        assertThatThrownBy(() -> defaults.apply(Map.of(), new String[] { "--bind-address=localhost" }))
                .hasMessageContaining("--bind-address must be an IP address");
        assertThatThrownBy(() -> defaults.apply(Map.of(), new String[] { "gateway" }))
                .hasMessageContaining("Expected --name=value");
    }

    @Test
    void onFreePortsAsksForAnyFreePortEverywhere() {
        assertThat(defaults.onFreePorts().ports().values()).containsOnly(0);
    }
}
