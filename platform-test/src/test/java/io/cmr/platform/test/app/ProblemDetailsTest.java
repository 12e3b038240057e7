package io.cmr.platform.test.app;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.cmr.platform.test.RawHttp;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class ProblemDetailsTest {

    private final String customer;
    private Http http;

    @LocalServerPort
    private int port;

    ProblemDetailsTest(TestTokens tokens) {
        this.customer = tokens.customer("alice-sub").bearer();
    }

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() {
        HttpResponse<String> response = http.postJson("/api/v1/orders", customer, "{\"reference\":\"\",\"quantity\":0}");

        assertProblem(response, 400);
        assertThat(response.body()).contains("\"type\":\"urn:cmr:problem:validation\"",
                "\"field\":\"reference\"", "\"field\":\"quantity\"");
    }

    @Test
    void aValidRequestGoesThrough() {
        HttpResponse<String> response = http.postJson("/api/v1/orders", customer, "{\"reference\":\"A-1\",\"quantity\":2}");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void malformedJsonIsA400NotA500() {
        HttpResponse<String> response = http.postJson("/api/v1/orders", customer, "{\"reference\": ");

        assertProblem(response, 400);
        assertThat(response.body()).contains("urn:cmr:problem:malformed-body", "not valid JSON");
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        HttpResponse<String> response = http.postJson("/api/v1/orders", customer,
                "{\"reference\":\"A-1\",\"quantity\":\"many\"}");

        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"quantity\"");
    }

    @Test
    void aMongoOperatorInInputIsJustData() {
        HttpResponse<String> response = http.postJson("/api/v1/orders", customer,
                "{\"reference\":{\"$gt\":\"\"},\"quantity\":1}");

        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"reference\"");
    }

    @Test
    void theWrongContentTypeIsA415() {
        HttpResponse<String> response = http.send(http.request("/api/v1/orders").header("Authorization", customer)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("reference=A-1")));

        assertProblem(response, 415);
    }

    @Test
    void aBodyDeclaredOverTheLimitIsA413() {
        HttpResponse<String> response = http.postJson("/api/v1/orders", customer, oversizedOrder());

        assertProblem(response, 413);
        assertThat(response.body()).contains("urn:cmr:problem:payload-too-large");
    }

    @Test
    void aChunkedBodyThatGrowsOverTheLimitIsA413() {
        HttpResponse<String> response = http.postJsonChunked("/api/v1/orders", customer, oversizedOrder());

        assertProblem(response, 413);
    }

    @Test
    void anUnknownPathIsA404ProblemEvenForABrowser() {
        HttpResponse<String> response = http.send(http.request("/api/v1/nothing-here")
                .header("Authorization", customer).header("Accept", "text/html").GET());

        assertProblem(response, 404);
        assertThat(response.body()).doesNotContain("<html");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/orders/%zz", "/api/v1/orders;jsessionid=1", "/api/v1/%2e%2e/actuator",
            "/api/v1/orders/%0a" })
    void aMalformedOrSuspiciousUrlIsA400Problem(String path) {
        String response = RawHttp.get(port, path, customer);

        assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                .doesNotContain("<html", "Apache Tomcat");
    }

    @Test
    void theWrongMethodIsA405() {
        HttpResponse<String> response = http.send(http.request("/api/v1/orders").header("Authorization", customer)
                .DELETE());

        assertProblem(response, 405);
    }

    @Test
    void anUnexpectedFailureIsA500ThatRevealsNothing(CapturedOutput log) {
        HttpResponse<String> response = http.send(http.request("/api/v1/failure").header("Authorization", customer)
                .header("X-Request-Id", "failure-trace-1").GET());

        assertProblem(response, 500);
        assertThat(response.body()).doesNotContain("hunter2", "IllegalStateException", "at io.cmr");
        assertThat(log.getOut().lines()).anySatisfy(line -> assertThat(line).contains("failure-trace-1", "hunter2"));
    }

    @Test
    void everyResponseCarriesARequestIdAndKeepsTheCallersOne() {
        HttpResponse<String> generated = http.get("/api/v1/whoami", customer);
        HttpResponse<String> kept = http.send(http.request("/api/v1/whoami").header("Authorization", customer)
                .header("X-Request-Id", "partner-req-42").GET());
        HttpResponse<String> replaced = http.send(http.request("/api/v1/whoami").header("Authorization", customer)
                .header("X-Request-Id", "bad id\twith spaces").GET());

        assertThat(generated.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).isNotBlank());
        assertThat(kept.headers().firstValue("X-Request-Id")).hasValue("partner-req-42");
        assertThat(replaced.headers().firstValue("X-Request-Id")).hasValueSatisfying(
                id -> assertThat(id).doesNotContain(" ").isNotBlank());
    }

    private static String oversizedOrder() {
        return "{\"reference\":\"" + "x".repeat(2048) + "\",\"quantity\":1}";
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status, "\"title\":");
    }
}
