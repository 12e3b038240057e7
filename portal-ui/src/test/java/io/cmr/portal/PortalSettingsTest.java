package io.cmr.portal;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside the local profile the portal runs on no demo secret and sends its session cookie over https only. */
class PortalSettingsTest {

    private static final String[] DEPLOYED = { "--cmr.security.issuer-uri=https://login.example.com/realms/cmr",
            "--cmr.remote.clients.profile.url=https://api.example.com" };

    @Test
    void withoutTheLocalProfileThePortalRefusesToStartOnTheDemoSecret() {
        assertThatThrownBy(() -> start(DEPLOYED).close())
                .rootCause().hasMessageContaining("cmr.portal.client.secret (CMR_PORTAL_CLIENT_SECRET)");
    }

    @Test
    void outsideTheLocalProfileTheSessionCookieIsSecure() {
        String[] arguments = { DEPLOYED[0], DEPLOYED[1], "--cmr.portal.client.secret=from-the-vault" };
        try (ConfigurableApplicationContext portal = start(arguments)) {
            int port = ((WebServerApplicationContext) portal).getWebServer().getPort();

            HttpResponse<String> profile = new Http(port).get("/profile");

            assertThat(profile.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                    .startsWith("CMR_PORTAL_SESSION=").contains("Secure", "HttpOnly", "SameSite=Lax"));
        }
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(PortalApplication.class)
                .properties("server.port=0", "management.server.port=0")
                .run(arguments);
    }
}
