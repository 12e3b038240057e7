package io.cmr.gateway.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway reads a bearer token exactly as Spring Security's converter does from the header. */
class BearerTokensTest {

    static final List<String> HEADERS = List.of("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln-_~+/==",
            "bearer abc", "BEARER abc", "Bearer abc=", "Bearer a=b", "Bearer ", "Bearer", "Bearerabc", "Bearer  abc",
            "Bearer abc ", "Bearer ab\"c", "Bearer ab,c", "Bearer ==", "Basic YWxpY2U6YWxpY2U=", "bear abc",
            "Bearer caf\u00e9", "Bearer abc\tdef", "Bearer\tabc");

    final ServerAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();
    final ServerAuthenticationConverter gateway = new BearerTokens();

    @Test
    void everyAuthorizationHeaderIsReadAsSpringSecurityReadsIt() {
        for (String header : HEADERS) {
            assertThat(outcome(gateway, header)).as(header).isEqualTo(outcome(spring, header));
        }
        assertThat(outcome(gateway, null)).isEqualTo(outcome(spring, null)).isEqualTo("none");
    }

    @Test
    void aMalformedTokenIsAnInvalidTokenError() {
        assertThat(outcome(gateway, "Bearer a b")).isEqualTo("error invalid_token Bearer token is malformed");
        assertThat(outcome(gateway, "Bearer abc")).isEqualTo("token abc");
    }

    private static String outcome(ServerAuthenticationConverter converter, String authorization) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/profile/me");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        Mono<Authentication> converted = converter.convert(MockServerWebExchange.from(request));
        try {
            Authentication authentication = converted.block();
            return authentication == null ? "none"
                    : "token " + ((BearerTokenAuthenticationToken) authentication).getToken();
        }
        catch (OAuth2AuthenticationException ex) {
            return "error " + ex.getError().getErrorCode() + " " + ex.getError().getDescription();
        }
    }
}
