package io.cmr.platform.remote;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client credentials grant against a stub token endpoint on loopback. */
class ClientCredentialsTest {

    static final StubServer keycloak = StubServer.start();

    final ClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(
            ClientRegistration.withRegistrationId("internal")
                    .clientId("order-status-service")
                    .clientSecret("s3cret")
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scope("internal")
                    .tokenUri(keycloak.uri() + "/realms/cmr/protocol/openid-connect/token")
                    .build());

    final ClientCredentials credentials = ClientCredentials.of(registrations,
            new InMemoryOAuth2AuthorizedClientService(registrations), "internal");

    @AfterEach
    void reset() {
        keycloak.reset();
    }

    @AfterAll
    static void stop() {
        keycloak.close();
    }

    @Test
    void fetchesATokenOnceAndKeepsItUntilItExpires() {
        keycloak.answer(200, """
                {"access_token":"service-token","token_type":"Bearer","expires_in":300,"scope":"internal"}""");

        assertThat(credentials.authorization()).isEqualTo("Bearer service-token");
        assertThat(credentials.authorization()).isEqualTo("Bearer service-token");

        assertThat(keycloak.received()).hasSize(1);
        assertThat(keycloak.last().method()).isEqualTo("POST");
        assertThat(keycloak.last().path()).isEqualTo("/realms/cmr/protocol/openid-connect/token");
        assertThat(keycloak.last().body()).contains("grant_type=client_credentials", "scope=internal");
        assertThat(keycloak.last().header("Authorization")).startsWith("Basic ");
    }

    @Test
    void aTokenThatIsAboutToExpireIsFetchedAgain() {
        keycloak.answer(200, """
                {"access_token":"short-lived","token_type":"Bearer","expires_in":30}""");

        credentials.authorization();
        credentials.authorization();

        assertThat(keycloak.received()).as("within the minute of clock skew Spring Security allows").hasSize(2);
    }

    @Test
    void withoutATokenTheCallIsUnavailableNamingTheTokenEndpoint() {
        keycloak.answer(401, """
                {"error":"invalid_client"}""");

        assertThatThrownBy(credentials::authorization).isInstanceOf(RemoteServiceUnavailable.class)
                .hasMessageStartingWith("the token endpoint of internal is unavailable");
    }
}
