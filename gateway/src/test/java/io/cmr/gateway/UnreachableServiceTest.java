package io.cmr.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;

import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UnreachableServiceTest {

    static final TestTokens tokens = TestTokens.start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void pointAtNothing(DynamicPropertyRegistry registry) throws IOException {
        String nobodyListens = "http://127.0.0.1:" + closedPort();
        registry.add("cmr.security.issuer-uri", tokens::issuerUri);
        registry.add("cmr.security.jwk-set-uri", tokens::jwkSetUri);
        registry.add("cmr.gateway.profile-uri", () -> nobodyListens);
    }

    @AfterAll
    static void stop() {
        tokens.close();
    }

    @Test
    void aServiceThatIsDownIsA503ProblemNotAHang() {
        HttpResponse<String> response = new Http(port).get("/api/v1/profile/me", "Authorization",
                tokens.customer("alice-sub").bearer());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("cannot be reached");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
