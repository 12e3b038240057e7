package io.cmr.systemtests;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gets real tokens from the real Keycloak the way clients do: users through the login page
 * (authorization code with PKCE, as the portal does), partners with client credentials.
 */
final class Keycloak {

    static final String PORTAL_CLIENT = "portal";
    static final String PORTAL_SECRET = "portal-local-secret";

    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String baseUrl;

    /** @param baseUrl how this client reaches Keycloak; the tokens' issuer is Keycloak's public URL whatever it is */
    Keycloak(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The realm's endpoints at the address this client uses. */
    String realmUrl() {
        return baseUrl + "/realms/cmr";
    }

    /**
     * Logs {@code username} in on Keycloak's own login page and returns their access token. The
     * login starts at this client's address; the page's form and redirects name Keycloak's public URL.
     */
    String login(String username, String password, String redirectUri) {
        Http browser = new Http();
        String verifier = randomToken();
        String state = randomToken();
        String authorize = realmUrl() + "/protocol/openid-connect/auth?response_type=code"
                + "&client_id=" + PORTAL_CLIENT + "&scope=openid%20profile%20email"
                + "&redirect_uri=" + Http.encode(redirectUri) + "&state=" + state
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256";

        HttpResponse<String> afterLogin = submitLoginForm(browser, browser.get(authorize), username, password);
        String location = afterLogin.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirectUri).contains("state=" + state);

        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", queryParameter(location, "code"));
        exchange.put("redirect_uri", redirectUri);
        exchange.put("client_id", PORTAL_CLIENT);
        exchange.put("client_secret", PORTAL_SECRET);
        exchange.put("code_verifier", verifier);
        return accessToken(browser.postForm(tokenEndpoint(), exchange));
    }

    /**
     * Fills in and submits Keycloak's login page as a user would; answers Keycloak's redirect
     * back to the client.
     */
    static HttpResponse<String> submitLoginForm(Http browser, HttpResponse<String> loginPage, String username,
            String password) {
        assertThat(loginPage.statusCode()).as("Keycloak's login page").isEqualTo(200);
        Matcher action = LOGIN_FORM_ACTION.matcher(loginPage.body());
        assertThat(action.find()).as("a login form on Keycloak's page").isTrue();
        HttpResponse<String> afterLogin = browser.postForm(action.group(1).replace("&amp;", "&"),
                Map.of("username", username, "password", password, "credentialId", ""));
        assertThat(afterLogin.statusCode()).as("redirect back after login").isEqualTo(302);
        return afterLogin;
    }

    /** A partner application's token. */
    String clientCredentials(String clientId, String secret) {
        return accessToken(new Http().postForm(tokenEndpoint(),
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)));
    }

    /** The id of the Keycloak key that signed a token. */
    static String keyId(String accessToken) {
        return part(accessToken, 0).get("kid").asString();
    }

    static JsonNode claims(String accessToken) {
        return part(accessToken, 1);
    }

    private static JsonNode part(String accessToken, int index) {
        String encoded = accessToken.split("\\.")[index];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
    }

    private String tokenEndpoint() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    private static String accessToken(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("token endpoint answer: " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private static String queryParameter(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                return java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
