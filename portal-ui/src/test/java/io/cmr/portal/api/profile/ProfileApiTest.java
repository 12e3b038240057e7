package io.cmr.portal.api.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.cmr.platform.correlation.RequestIds;
import io.cmr.portal.StubApi;
import io.cmr.portal.security.SignInRequiredException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * The profile client against a stub API on loopback, with the application's own resilience
 * settings except shorter timeouts, so that slowness costs the test little.
 */
@SpringBootTest(properties = {
        "cmr.remote.clients.profile.read-timeout=300ms",
        "cmr.remote.clients.profile.time-limit=2s" })
@ActiveProfiles("local")
class ProfileApiTest {

    static final StubApi api = StubApi.start();

    static final String ALICE = """
            {"customerId":"alice-sub","givenName":"Alice","familyName":"Liddell","email":"alice@example.com",
             "language":"fr","createdAt":"2025-03-01T10:00:00Z","updatedAt":"2025-03-02T10:00:00Z"}""";

    @Autowired
    ProfileApi profiles;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Autowired
    ClientRegistrationRepository registrations;

    @MockitoBean
    OAuth2AuthorizedClientManager authorizedClients;

    @DynamicPropertySource
    static void pointAtTheStub(DynamicPropertyRegistry registry) {
        registry.add("cmr.remote.clients.profile.url", api::uri);
    }

    @BeforeEach
    void signInAlice() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("alice", "n/a"));
        OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "alice-access-token",
                Instant.now(), Instant.now().plusSeconds(300));
        given(authorizedClients.authorize(any()))
                .willReturn(new OAuth2AuthorizedClient(registrations.findByRegistrationId("portal"), "alice", token));
    }

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        MDC.clear();
        api.reset();
        breaker().reset();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void readsTheProfileWithTheUsersTokenAndTheRequestId() {
        api.answer(200, ALICE);
        MDC.put(RequestIds.MDC_KEY, "request-42");

        Optional<Profile> profile = profiles.mine();

        assertThat(profile).hasValueSatisfying(alice -> {
            assertThat(alice.customerId()).isEqualTo("alice-sub");
            assertThat(alice.givenName()).isEqualTo("Alice");
            assertThat(alice.language()).isEqualTo("fr");
            assertThat(alice.createdAt()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
        });
        assertThat(api.received()).hasSize(1);
        assertThat(api.last().method()).isEqualTo("GET");
        assertThat(api.last().path()).isEqualTo("/api/v1/profile/me");
        assertThat(api.last().header("Authorization")).isEqualTo("Bearer alice-access-token");
        assertThat(api.last().header("X-Request-Id")).isEqualTo("request-42");
        assertThat(api.last().header("Accept")).isEqualTo("application/json");
    }

    @Test
    void sendsNoRequestIdWhenThereIsNone() {
        api.answer(200, ALICE);

        profiles.mine();

        assertThat(api.last().header("X-Request-Id")).isNull();
    }

    @Test
    void aMissingProfileIsNeitherRetriedNorHeldAgainstTheApi() {
        api.answer(404, "{\"status\":404}");

        assertThat(profiles.mine()).isEmpty();

        assertThat(api.received()).hasSize(1);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void aRefusedTokenMeansTheUserMustLogInAgain() {
        api.answer(401, "{\"status\":401}");

        assertThatThrownBy(profiles::mine).isInstanceOf(SignInRequiredException.class);

        assertThat(api.received()).hasSize(1);
    }

    @Test
    void aSlowApiCostsABoundedWaitAndNoError() {
        api.hang();
        long start = System.nanoTime();

        Optional<Profile> profile = profiles.mine();

        assertThat(profile).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void serverErrorsAreRetriedThenTheBreakerOpensAndSparesTheApi() {
        api.answer(500, "{\"status\":500}");

        assertThat(profiles.mine()).isEmpty();
        assertThat(api.received()).as("three attempts").hasSize(3);

        assertThat(profiles.mine()).isEmpty();
        assertThat(api.received()).as("the fifth failed attempt opens the breaker, which stops the retries").hasSize(5);
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

        api.answer(200, ALICE);
        assertThat(profiles.mine()).as("an open breaker answers at once").isEmpty();
        assertThat(api.received()).hasSize(5);
    }

    private CircuitBreaker breaker() {
        return circuitBreakers.circuitBreaker("profile");
    }
}
