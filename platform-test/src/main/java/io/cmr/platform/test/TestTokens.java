package io.cmr.platform.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Keycloak's token signing: a real RSA key whose public half is served as a JWK
 * set over HTTP on loopback, so the service under test fetches it and checks signatures, expiry,
 * issuer and audience exactly as it does in production.
 */
public final class TestTokens implements AutoCloseable {

    public static final String AUDIENCE = "cmr-api";
    private static final String REALM_PATH = "/realms/cmr";

    private final RSAKey key = newKey();
    private final HttpServer server;
    private final String issuerUri;

    private TestTokens(HttpServer server) {
        this.server = server;
        this.issuerUri = "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
    }

    public static TestTokens start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TestTokens tokens = new TestTokens(server);
            byte[] jwks = new JWKSet(tokens.key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext(REALM_PATH + "/protocol/openid-connect/certs", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.start();
            return tokens;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public String issuerUri() {
        return issuerUri;
    }

    public String jwkSetUri() {
        return issuerUri + "/protocol/openid-connect/certs";
    }

    /** A customer's token as Keycloak issues it after login, with the realm role {@code customer}. */
    public Token customer(String subject) {
        return new Token(this).subject(subject).roles("customer").claim("preferred_username", subject);
    }

    /** A partner application's client-credentials token carrying the given scopes and no role. */
    public Token partner(String clientId, String... scopes) {
        return new Token(this).subject(UUID.randomUUID().toString()).claim("azp", clientId).scopes(scopes);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A token being described; {@link #encoded()} signs it. */
    public static final class Token {

        private final TestTokens tokens;
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private final List<String> roles = new ArrayList<>();
        private final List<String> scopes = new ArrayList<>();
        private RSAKey signingKey;
        private String keyId;
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(5);

        private Token(TestTokens tokens) {
            this.tokens = tokens;
            this.signingKey = tokens.key;
            this.keyId = tokens.key.getKeyID();
            claims.put("iss", tokens.issuerUri);
            claims.put("aud", List.of(AUDIENCE));
        }

        public Token subject(String subject) {
            return claim("sub", subject);
        }

        public Token roles(String... names) {
            roles.addAll(List.of(names));
            return this;
        }

        public Token scopes(String... names) {
            scopes.addAll(List.of(names));
            return this;
        }

        public Token claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        public Token issuer(String issuer) {
            return claim("iss", issuer);
        }

        public Token audience(String... audiences) {
            return claim("aud", List.of(audiences));
        }

        /** Issued long enough ago to be past any clock-skew allowance. */
        public Token expired() {
            issuedAt = Instant.now().minus(Duration.ofHours(1));
            lifetime = Duration.ofMinutes(5);
            return this;
        }

        /** Names the key a verifier should check it with, which need not be the key that signed it. */
        public Token keyId(String id) {
            keyId = id;
            return this;
        }

        /** Signed with a key the service has never been told about, under the id of one it trusts. */
        public Token signedByUnknownKey() {
            try {
                signingKey = new RSAKeyGenerator(2048).generate();
            }
            catch (JOSEException ex) {
                throw new IllegalStateException(ex);
            }
            return this;
        }

        public String encoded() {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                    .jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(lifetime)));
            claims.forEach(set::claim);
            if (!roles.isEmpty()) {
                set.claim("realm_access", Map.of("roles", roles));
            }
            if (!scopes.isEmpty()) {
                set.claim("scope", String.join(" ", scopes));
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(keyId).type(JOSEObjectType.JWT).build(), set.build());
            try {
                jwt.sign(new RSASSASigner(signingKey));
            }
            catch (JOSEException ex) {
                throw new IllegalStateException(ex);
            }
            return jwt.serialize();
        }

        /** The value of an {@code Authorization} header carrying this token. */
        public String bearer() {
            return "Bearer " + encoded();
        }
    }
}
