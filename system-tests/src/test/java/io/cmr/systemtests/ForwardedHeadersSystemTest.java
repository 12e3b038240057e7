package io.cmr.systemtests;

import java.net.URI;

import io.cmr.platform.test.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal builds its login redirects for the address a browser used to reach the gateway,
 * and a client cannot make it believe another one by sending forwarding headers of its own.
 */
@ExtendWith(WholeStack.class)
class ForwardedHeadersSystemTest {

    private final WholeStack.Urls stack;

    ForwardedHeadersSystemTest(WholeStack.Urls stack) {
        this.stack = stack;
    }

    @Test
    void aClientOnAnotherAddressCannotSendThePortalsLoginToAHostOfItsChoosing() {
        int gatewayPort = URI.create(stack.gateway()).getPort();

        String response = RawHttp.getFrom("127.0.0.2", gatewayPort, "/profile", "Host: localhost:" + gatewayPort,
                "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https", "X-Forwarded-Port: 443",
                "Forwarded: host=evil.example;proto=https");

        assertThat(response).startsWith("HTTP/1.1 302")
                .contains("Location: http://localhost:" + gatewayPort + "/oauth2/authorization/portal")
                .doesNotContain("evil.example");
    }

    @Test
    void aClientOnAnotherAddressCannotGoAroundTheGatewayToThePortalWithItsOwnHeaders() {
        int portalPort = URI.create(stack.app("portal-ui")).getPort();

        String response = RawHttp.getFrom("127.0.0.2", portalPort, "/profile", "Host: localhost:" + portalPort,
                "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https");

        assertThat(response).startsWith("HTTP/1.1 302")
                .contains("Location: http://localhost:" + portalPort + "/oauth2/authorization/portal")
                .doesNotContain("evil.example");
    }
}
