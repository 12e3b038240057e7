package io.cmr.systemtests;

import java.net.http.HttpResponse;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Metrics and other internals are served on each app's management port, never through the gateway. */
@ExtendWith(WholeStack.class)
class ManagementPortSystemTest {

    /** A metric every JVM app publishes, in Prometheus' text format. */
    private static final String A_METRIC = "# TYPE jvm_memory_used_bytes gauge";

    private final WholeStack.Urls stack;
    private final Http http = new Http();

    ManagementPortSystemTest(WholeStack.Urls stack) {
        this.stack = stack;
    }

    @Test
    void everyServiceAndThePortalServeTheirMetricsOnTheirManagementPort() {
        SoftAssertions apps = new SoftAssertions();
        for (String app : WholeStack.APPS.stream().filter(app -> !app.equals("gateway")).toList()) {
            HttpResponse<String> metrics = http.get(stack.management(app) + "/actuator/prometheus");

            apps.assertThat(metrics.statusCode()).as(app).isEqualTo(200);
            apps.assertThat(metrics.body()).as(app).contains(A_METRIC);
        }
        apps.assertAll();
    }

    @Test
    void theGatewayServesItsMetricsOnItsManagementPort() {
        HttpResponse<String> metrics = http.get(stack.management("gateway") + "/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains(A_METRIC);
    }

    @Test
    void theGatewayRoutesNoActuatorEndpoint() {
        for (String endpoint : new String[] { "/actuator/prometheus", "/actuator/env" }) {
            HttpResponse<String> response = http.get(stack.gateway() + endpoint);

            assertThat(response.statusCode()).as(endpoint).isBetween(400, 499);
            assertThat(response.body()).as(endpoint).doesNotContain(A_METRIC, "systemProperties");
        }
    }
}
