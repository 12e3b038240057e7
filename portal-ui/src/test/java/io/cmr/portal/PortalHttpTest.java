package io.cmr.portal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** What an anonymous browser meets, over real HTTP; Keycloak is not running (nothing here needs it). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class PortalHttpTest {

    private static final String KEYCLOAK_AUTH = "http://localhost:8180/realms/cmr/protocol/openid-connect/auth";

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    Http browser;

    @BeforeEach
    void openBrowser() {
        browser = new Http(port);
    }

    @Test
    void theHomePageSpeaksEnglishByDefault() {
        HttpResponse<String> home = browser.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<html lang=\"en\">", "Your relationship with us, in your hands",
                "href=\"/oauth2/authorization/portal\">Sign in</a>", "Skip to main content");
    }

    @Test
    void theHomePageSpeaksFrenchToAFrenchBrowser() {
        HttpResponse<String> home = browser.get("/", "Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5");

        assertThat(home.body()).contains("<html lang=\"fr\">", "Votre relation avec nous, entre vos mains",
                ">Se connecter</a>", "Aller au contenu principal");
    }

    @Test
    void aBrowserInAnotherLanguageGetsEnglish() {
        assertThat(browser.get("/", "Accept-Language", "de-DE,de;q=0.9").body()).contains("<html lang=\"en\">");
    }

    @Test
    void theLanguageSwitchIsRememberedOverTheBrowsersLanguage() {
        HttpResponse<String> switched = browser.get("/?lang=fr", "Accept-Language", "en");

        assertThat(switched.body()).contains("<html lang=\"fr\">", "href=\"/?lang=en\"");
        assertThat(switched.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("cmr-language=fr").contains("HttpOnly", "SameSite=Lax"));
        assertThat(browser.get("/", "Accept-Language", "en").body()).contains("<html lang=\"fr\">");
    }

    @Test
    void aLanguageThePortalIsNotWrittenInCannotBeChosen() {
        HttpResponse<String> page = browser.get("/?lang=de", "Accept-Language", "fr");

        assertThat(page.body()).contains("<html lang=\"fr\">");
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void readinessAndLivenessAnswerWithoutLogin() {
        HttpResponse<String> readiness = browser.get("/readyz");
        HttpResponse<String> liveness = browser.get("/livez");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(liveness.statusCode()).isEqualTo(200);
    }

    @Test
    void theApiCallsGuardsShowInTheMetrics() {
        HttpResponse<String> metrics = new Http(managementPort).get("/actuator/prometheus", "Accept", "text/plain");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("resilience4j_circuitbreaker_state{name=\"profile\",state=\"closed\"} 1.0",
                "resilience4j_retry_calls_total{kind=\"failed_with_retry\",name=\"profile\"}",
                "resilience4j_timelimiter_calls_total{kind=\"timeout\",name=\"profile\"}",
                "resilience4j_bulkhead_available_concurrent_calls{name=\"profile\"} 25.0");
    }

    @Test
    void htmxIsServedFromItsWebJar() {
        HttpResponse<String> htmx = browser.get("/webjars/htmx.org/dist/htmx.min.js");

        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("htmx");
    }

    @Test
    void anAnonymousVisitToTheProfileStartsTheKeycloakLoginWithPkce() {
        HttpResponse<String> profile = browser.get("/profile");

        assertThat(profile.statusCode()).isEqualTo(302);
        assertThat(location(profile)).isEqualTo(URI.create("http://localhost:" + port + "/oauth2/authorization/portal"));
        assertThat(profile.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("CMR_PORTAL_SESSION=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));

        HttpResponse<String> login = browser.get(location(profile).getRawPath());

        assertThat(login.statusCode()).isEqualTo(302);
        URI keycloak = location(login);
        assertThat(keycloak.toString()).startsWith(KEYCLOAK_AUTH + "?");
        Map<String, List<String>> query = query(keycloak);
        assertThat(query.get("response_type")).containsExactly("code");
        assertThat(query.get("client_id")).containsExactly("portal");
        assertThat(query.get("scope")).containsExactly("openid%20profile%20email");
        assertThat(query.get("code_challenge_method")).containsExactly("S256");
        assertThat(query.get("code_challenge")).singleElement().asString().matches("[A-Za-z0-9_-]{43}");
        assertThat(query.get("redirect_uri")).containsExactly("http://localhost:" + port + "/login/oauth2/code/portal");
    }

    @Test
    void throughTheGatewayTheLoginComesBackToTheHostTheBrowserUsed() {
        String[] forwarded = { "X-Forwarded-Host", "cmr.example.com", "X-Forwarded-Proto", "https",
                "X-Forwarded-Port", "443" };

        HttpResponse<String> profile = browser.get("/profile", forwarded);
        assertThat(location(profile)).isEqualTo(URI.create("https://cmr.example.com/oauth2/authorization/portal"));

        HttpResponse<String> login = browser.get("/oauth2/authorization/portal", forwarded);
        assertThat(query(location(login)).get("redirect_uri"))
                .containsExactly("https://cmr.example.com/login/oauth2/code/portal");
        assertThat(query(location(login)).get("code_challenge_method")).containsExactly("S256");
    }

    @Test
    void forwardedHeadersFromAnyoneButTheGatewayAreIgnored() throws IOException {
        String profile = getFromAnotherAddress("/profile", "Host: localhost:" + port,
                "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https", "X-Forwarded-Port: 443");

        assertThat(profile).startsWith("HTTP/1.1 302")
                .contains("Location: http://localhost:" + port + "/oauth2/authorization/portal")
                .doesNotContain("evil.example");
    }

    @Test
    void pagesMayRunOnlyThePortalsOwnScriptsAndPostOnlyToThePortalOrKeycloak() {
        HttpResponse<String> home = browser.get("/");

        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'self'", "script-src 'self';", "style-src 'self';", "frame-ancestors 'none'",
                        "form-action 'self' http://localhost:8180")
                .doesNotContain("unsafe-inline", "unsafe-eval"));
    }

    @Test
    void metricsAreNotOnThePublicPort() {
        assertThat(browser.get("/actuator/prometheus").statusCode()).isNotEqualTo(200);
    }

    @Test
    void anHtmxRequestWithoutLoginSendsTheWholePageToKeycloak() {
        HttpResponse<String> part = browser.get("/profile", "HX-Request", "true");

        assertThat(part.statusCode()).isEqualTo(401);
        assertThat(part.headers().firstValue("HX-Redirect")).hasValue("/oauth2/authorization/portal");
    }

    @Test
    void logoutWithoutTheCsrfTokenIsRefused() {
        HttpResponse<String> logout = browser.post("/logout", "");

        assertThat(logout.statusCode()).isEqualTo(403);
        assertThat(logout.body()).contains("Not allowed");
    }

    @Test
    void anUnknownAddressGetsAFriendlyTranslatedPage() {
        HttpResponse<String> english = browser.get("/css/no-such-file.css");
        HttpResponse<String> french = browser.get("/css/no-such-file.css", "Accept-Language", "fr");

        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(english.body()).contains("<title>Page not found – CMR</title>", "Back to the home page");
        assertThat(french.statusCode()).isEqualTo(404);
        assertThat(french.body()).contains("<html lang=\"fr\">", "Page introuvable", "Retour à l&#39;accueil");
    }

    private static URI location(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    private static Map<String, List<String>> query(URI uri) {
        return UriComponentsBuilder.fromUri(uri).build().getQueryParams();
    }

    /** From 127.0.0.2, which the portal sees as neither itself nor the gateway; Java's HTTP client cannot choose its address. */
    private String getFromAnotherAddress(String path, String... headerLines) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName("127.0.0.2"), 0)) {
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\n" + String.join("\r\n", headerLines)
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
