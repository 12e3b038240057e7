package io.cmr.gateway;

import java.net.URI;
import java.time.Duration;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.cmr.platform.test.HttpCalls;
import io.cmr.platform.test.RawHttp;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class GatewayRoutingTest {

    static final TestTokens tokens = TestTokens.start();
    static final StubApp profile = StubApp.start("profile-service");
    static final StubApp preference = StubApp.start("preference-service");
    static final StubApp orderStatus = StubApp.start("order-status-service");
    static final StubApp portal = StubApp.start("portal-ui");

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    Http http;

    @DynamicPropertySource
    static void pointAtStubs(DynamicPropertyRegistry registry) {
        registry.add("cmr.security.issuer-uri", tokens::issuerUri);
        registry.add("cmr.security.jwk-set-uri", tokens::jwkSetUri);
        registry.add("cmr.gateway.profile-uri", profile::uri);
        registry.add("cmr.gateway.preference-uri", preference::uri);
        registry.add("cmr.gateway.order-status-uri", orderStatus::uri);
        registry.add("cmr.gateway.portal-uri", portal::uri);
        // A proxy in front of the gateway on this host; any other client address is untrusted.
        registry.add("cmr.gateway.forwarded.trusted-proxies", () -> "127\\.0\\.0\\.1");
    }

    @AfterAll
    static void stop() {
        Stream.of(profile, preference, orderStatus, portal).forEach(StubApp::close);
        tokens.close();
    }

    @BeforeEach
    void reset() {
        http = new Http(port);
        Stream.of(profile, preference, orderStatus, portal).forEach(StubApp::forget);
    }

    @Test
    void manyCallsToOneServiceAtOnceAreAllForwarded() {
        String bearer = tokens.customer("alice-sub").bearer();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/profile/me"))
                .header("Authorization", bearer).timeout(Duration.ofSeconds(30)).GET().build();
        profile.hold();
        try {
            List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 40)
                    .mapToObj(i -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString())).toList();
            // All 40 wait in the service at once: no limit of the gateway's own turned any away.
            await().atMost(Duration.ofSeconds(20)).until(() -> profile.received().size() == 40);
            profile.release();
            assertThat(calls).allSatisfy(call -> assertThat(call.join().statusCode()).isEqualTo(200));
        }
        finally {
            profile.release();
        }
    }

    @Test
    void aCustomersProfileCallReachesTheProfileServiceWithTheirToken() {
        String bearer = tokens.customer("alice-sub").bearer();

        HttpResponse<String> response = http.get("/api/v1/profile/me", "Authorization", bearer);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("profile-service");
        assertThat(profile.last().rawPath()).isEqualTo("/api/v1/profile/me");
        assertThat(profile.last().header("Authorization")).isEqualTo(bearer);
    }

    @Test
    void eachApiPathGoesToTheServiceThatOwnsIt() {
        String bearer = tokens.customer("alice-sub").bearer();

        assertThat(http.get("/api/v1/preferences/me", "Authorization", bearer).body()).contains("preference-service");
        assertThat(http.get("/api/v1/topics", "Authorization", bearer).body()).contains("preference-service");
        assertThat(http.get("/api/v1/orders/o-1", "Authorization", bearer).body()).contains("order-status-service");
        assertThat(http.get("/api/v1/incidents", "Authorization", bearer).body()).contains("order-status-service");
    }

    @Test
    void thePortalIsServedAtTheRootWithoutATokenAndKnowsTheHostTheBrowserUsed() {
        HttpResponse<String> response = http.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("portal-ui");
        assertThat(portal.last().header("X-Forwarded-Host")).isEqualTo("localhost:" + port);
        assertThat(portal.last().header("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(portal.last().header("X-Forwarded-Port")).isEqualTo(Integer.toString(port));
    }

    @Test
    void aClientThatIsNoTrustedProxyCannotMakeThePortalBelieveAnotherHost() {
        String response = RawHttp.getFrom("127.0.0.2", port, "/", "Host: cmr.example.com:" + port,
                "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https", "X-Forwarded-Port: 443",
                "X-Forwarded-For: 10.9.9.9", "Forwarded: host=evil.example;proto=https");

        assertThat(response).startsWith("HTTP/1.1 200");
        assertThat(portal.last().header("X-Forwarded-Host")).isEqualTo("cmr.example.com:" + port);
        assertThat(portal.last().header("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(portal.last().header("X-Forwarded-Port")).isEqualTo(Integer.toString(port));
        assertThat(portal.last().header("X-Forwarded-For")).isEqualTo("127.0.0.2");
        assertThat(portal.last().header("Forwarded")).isNull();
    }

    @Test
    void aTrustedProxyInFrontOfTheGatewayIsBelievedAndTheChainKept() {
        String response = RawHttp.getFrom("127.0.0.1", port, "/", "X-Forwarded-Host: cmr.example.com",
                "X-Forwarded-Proto: https", "X-Forwarded-Port: 443", "X-Forwarded-For: 203.0.113.7");

        assertThat(response).startsWith("HTTP/1.1 200");
        assertThat(portal.last().header("X-Forwarded-Host")).isEqualTo("cmr.example.com");
        assertThat(portal.last().header("X-Forwarded-Proto")).isEqualTo("https");
        assertThat(portal.last().header("X-Forwarded-Port")).isEqualTo("443");
        assertThat(portal.last().headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("X-Forwarded-For"))
                .flatMap(header -> header.getValue().stream()).toList())
                .containsExactly("203.0.113.7", "127.0.0.1");
    }

    @Test
    void aOneClickUnsubscribeLinkFromAnEmailWorksWithoutLogin() {
        HttpResponse<String> confirmation = http.get("/api/v1/unsubscribe?token=signed-by-the-preference-service");

        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(preference.last().rawPath()).isEqualTo("/api/v1/unsubscribe");
        assertThat(preference.last().header("Authorization")).isNull();
    }

    @Test
    void anApiCallWithoutATokenIsRefusedAtTheGateway() {
        HttpResponse<String> response = http.get("/api/v1/profile/me");

        assertUnauthorized(response);
        assertThat(profile.received()).isEmpty();
    }

    @Test
    void expiredForgedAndForeignTokensAreRefusedAtTheGateway() {
        List<String> refused = List.of(
                tokens.customer("alice-sub").expired().bearer(),
                tokens.customer("alice-sub").signedByUnknownKey().bearer(),
                tokens.customer("alice-sub").issuer("http://127.0.0.1:1/realms/cmr").bearer(),
                tokens.customer("alice-sub").audience("account").bearer());

        for (String bearer : refused) {
            assertUnauthorized(http.get("/api/v1/profile/me", "Authorization", bearer));
        }
        assertThat(profile.received()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/internal/contact-points", "/%69nternal/contact-points", "//internal/contact-points",
            "/internal%2Fcontact-points", "/internal;x=1/contact-points", "/Internal/contact-points",
            "/INTERNAL/v1/customers/alice-sub/export", "/actuator/env", "/actuator", "/Actuator/prometheus" })
    void internalAndActuatorPathsDoNotExistFromOutsideHoweverTheyAreWritten(String path) {
        String response = RawHttp.get(port, path, tokens.partner("order-status-service", "internal").bearer());

        assertThat(response).startsWith("HTTP/1.1 404").containsIgnoringCase("Content-Type: application/problem+json");
        assertNothingInternalReachedAnApp();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/profile/../../internal/contact-points",
            "/api/v1/profile/%2e%2e/%2e%2e/internal/contact-points", "/api/v1/profile/%252e%252e/internal" })
    void dotSegmentsTowardsInternalPathsAreRefusedBeforeAnyRouting(String path) {
        String response = RawHttp.get(port, path, tokens.partner("order-status-service", "internal").bearer());

        assertThat(response).matches("(?s)HTTP/1.1 4\\d\\d.*");
        assertNothingInternalReachedAnApp();
    }

    @Test
    void everyAnswerCarriesTheBrowserProtectionHeadersAndNoServerBanner() {
        HttpResponse<String> portalPage = http.get("/");
        HttpResponse<String> api = http.get("/api/v1/profile/me", "Authorization", tokens.customer("alice-sub").bearer());

        for (HttpResponse<String> response : List.of(portalPage, api)) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Server")).isEmpty();
        }
    }

    @Test
    void httpsIsInsistedOnOnlyWhenTheClientReallyCameOverHttps() {
        String throughTrustedTlsProxy = RawHttp.getFrom("127.0.0.1", port, "/", "X-Forwarded-Proto: https");
        String claimedByAnyone = RawHttp.getFrom("127.0.0.2", port, "/", "X-Forwarded-Proto: https");

        assertThat(throughTrustedTlsProxy).containsIgnoringCase("Strict-Transport-Security: max-age=31536000");
        assertThat(claimedByAnyone).doesNotContainIgnoringCase("Strict-Transport-Security");
        assertThat(http.get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/profile/me%0a", "/api/v1/profile/%00", "/api/v1/profile/me%0d%0aX-Injected:1" })
    void aSuspiciousUrlIsA400ProblemThatReachesNoService(String path) {
        String response = RawHttp.get(port, path, tokens.customer("alice-sub").bearer());

        assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"status\":400");
        assertThat(profile.received()).isEmpty();
    }

    @Test
    void aUrlThatIsNotAUriIsA400ProblemThatReachesNoService() {
        String response = RawHttp.get(port, "/api/v1/profile/%zz", tokens.customer("alice-sub").bearer());

        assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                .containsIgnoringCase("X-Request-Id: ").contains("not a valid URI");
        assertThat(profile.received()).isEmpty();
    }

    @Test
    void aBodyLargerThanAnyServiceTakesIsRefusedBeforeItIsForwarded() {
        HttpResponse<String> response = HttpCalls.send(HttpClient.newHttpClient(), HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/api/v1/orders/o-1"))
                .header("Authorization", tokens.partner("demo-merchant", "orders:write").bearer())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024 + 1])).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(orderStatus.received()).isEmpty();
    }

    @Test
    void aReadThatFailsOnceIsTriedAgain() {
        orderStatus.failNext(1);

        assertThat(http.get("/api/v1/orders/o-1", "Authorization", tokens.customer("alice-sub").bearer()).statusCode())
                .isEqualTo(200);
        assertThat(orderStatus.received()).hasSize(2);
    }

    @Test
    void aWriteIsNeverSentTwice() {
        orderStatus.failNext(1);

        HttpResponse<String> response = HttpCalls.send(HttpClient.newHttpClient(), HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/api/v1/orders/o-1"))
                .header("Authorization", tokens.partner("demo-merchant", "orders:write").bearer())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(orderStatus.received()).hasSize(1);
    }

    @Test
    void partnerDevelopersBrowseEveryServicesApiInSwaggerUiWithoutAToken() {
        HttpResponse<String> ui = http.get("/webjars/swagger-ui/index.html");
        HttpResponse<String> config = http.get("/v3/api-docs/swagger-config");
        HttpResponse<String> profileDocs = http.get("/docs/profile-service");

        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        assertThat(config.body()).contains("/docs/profile-service", "/docs/preference-service", "/docs/order-status-service");
        assertThat(profileDocs.statusCode()).isEqualTo(200);
        assertThat(profile.last().rawPath()).isEqualTo("/v3/api-docs");
        assertThat(portal.received()).isEmpty();
    }

    @Test
    void anUnknownApiPathIsA404Problem() {
        HttpResponse<String> response = http.get("/api/v1/nothing-here", "Authorization",
                tokens.customer("alice-sub").bearer());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":404");
    }

    @Test
    void theRequestIdFollowsTheCallToTheServiceAndBack() {
        HttpResponse<String> response = http.get("/api/v1/profile/me", "Authorization",
                tokens.customer("alice-sub").bearer(), "X-Request-Id", "portal-7f3a");

        assertThat(response.headers().allValues("X-Request-Id")).containsExactly("portal-7f3a");
        assertThat(profile.last().header("X-Request-Id")).isEqualTo("portal-7f3a");
    }

    @Test
    void aCallWithoutARequestIdGetsOneThatTheServiceSeesToo() {
        HttpResponse<String> response = http.get("/api/v1/profile/me", "Authorization",
                tokens.customer("alice-sub").bearer());

        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(profile.last().header("X-Request-Id")).isEqualTo(requestId);
    }

    @Test
    void probesAnswerOnThePublicPortAndReachNoApp() {
        assertThat(http.get("/readyz").statusCode()).isEqualTo(200);
        assertThat(http.get("/livez").statusCode()).isEqualTo(200);
        assertThat(portal.received()).isEmpty();
    }

    @Test
    void everyCallLeavesOneAccessLogLineWithItsRequestIdClientAndRoute(CapturedOutput output) {
        http.get("/api/v1/profile/me", "Authorization", tokens.partner("demo-merchant", "orders:read").bearer(),
                "X-Request-Id", "access-log-1");
        http.get("/api/v1/profile/me", "X-Request-Id", "access-log-2");

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
                .containsPattern("\\[access-log-1\\].*GET /api/v1/profile/me route=profile-service status=200 duration=\\d+ms client=demo-merchant")
                .containsPattern("\\[access-log-2\\].*GET /api/v1/profile/me route=- status=401 duration=\\d+ms client=-"));
    }

    @Test
    void requestTimesArePublishedPerRoute() {
        http.get("/api/v1/topics", "Authorization", tokens.customer("alice-sub").bearer());

        assertThat(new Http(managementPort).get("/actuator/prometheus").body())
                .contains("spring_cloud_gateway_requests_seconds_count{").contains("routeId=\"preference-service\"")
                .contains("http_server_requests_seconds_count{").doesNotContain("http_server_requests_active");
    }

    @Test
    void metricsAreOnTheManagementPortOnly() {
        HttpResponse<String> metrics = new Http(managementPort).get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(http.get("/actuator/prometheus").statusCode()).isEqualTo(404);
        assertThat(portal.received()).isEmpty();
    }

    private static void assertNothingInternalReachedAnApp() {
        Stream.of(profile, preference, orderStatus, portal).forEach(app -> assertThat(app.received())
                .noneMatch(received -> received.rawPath().toLowerCase().contains("internal")
                        || received.rawPath().toLowerCase().contains("actuator")));
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":401");
    }
}
