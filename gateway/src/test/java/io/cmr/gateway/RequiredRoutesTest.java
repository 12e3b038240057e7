package io.cmr.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequiredRoutesTest {

    @Test
    void withoutTheLocalProfileTheGatewayRefusesToStartUntilEveryAppsAddressIsGiven() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(GatewayApplication.class)
                .properties("server.port=0", "management.server.port=0")
                .run("--cmr.security.issuer-uri=https://login.example.com/realms/cmr",
                        "--cmr.gateway.portal-uri=http://portal.internal:8081")
                .close())
                .rootCause().hasMessageContaining("cmr.gateway.profile-uri (CMR_GATEWAY_PROFILEURI)")
                .hasMessageContaining("cmr.gateway.preference-uri").hasMessageContaining("cmr.gateway.order-status-uri")
                .message().doesNotContain("cmr.gateway.portal-uri");
    }
}
