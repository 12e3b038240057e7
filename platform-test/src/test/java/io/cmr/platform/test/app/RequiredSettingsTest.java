package io.cmr.platform.test.app;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside the local profile nothing runs on a localhost default: an operator is told what to give. */
class RequiredSettingsTest {

    @Test
    void withoutTheLocalProfileAServiceRefusesToStartWithoutItsTokenIssuer() {
        assertThatThrownBy(() -> start("--cmr.security.issuer-uri=", "--spring.mongodb.uri=mongodb://127.0.0.1:1"))
                .rootCause().hasMessageContaining("cmr.security.issuer-uri (CMR_SECURITY_ISSUERURI)")
                .hasMessageContaining("profile 'local'");
    }

    @Test
    void withoutTheLocalProfileAServiceRefusesToStartWithoutItsStore() {
        // The service tests of this JVM point every app at their MongoDB through a system property.
        String serviceTestsStore = System.clearProperty("spring.mongodb.uri");
        try {
            assertThatThrownBy(() -> start("--cmr.security.issuer-uri=https://login.example.com/realms/cmr"))
                    .rootCause().hasMessageContaining("spring.mongodb.uri (SPRING_MONGODB_URI)");
        }
        finally {
            if (serviceTestsStore != null) {
                System.setProperty("spring.mongodb.uri", serviceTestsStore);
            }
        }
    }

    private static void start(String... arguments) {
        new SpringApplicationBuilder(PlatformTestApplication.class)
                .properties("server.port=0", "management.server.port=0")
                .run(arguments)
                .close();
    }
}
