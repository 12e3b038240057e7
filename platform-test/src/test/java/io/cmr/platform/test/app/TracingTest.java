package io.cmr.platform.test.app;

import java.net.http.HttpResponse;

import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service continues the trace its caller sends (W3C traceparent), logs its ids and tells it back.
 * Its app is closed afterwards: Logback keeps the first running app's log format, and
 * {@link StructuredLogsTest} needs to set its own.
 */
@ServiceTest
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class TracingTest {

    static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    static final String CALLER_SPAN = "b7ad6b7169203331";

    @LocalServerPort
    private int port;

    @Test
    void anAnswerTellsTheCallerItsTrace(TestTokens tokens) {
        HttpResponse<String> response = new Http(port).get("/api/v1/whoami", tokens.customer("alice-sub").bearer());

        assertThat(response.headers().firstValue("traceresponse")).hasValueSatisfying(
                value -> assertThat(value).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
    }

    @Test
    void theCallersTraceIsContinuedInASpanOfTheService(TestTokens tokens) {
        HttpResponse<String> response = traced(tokens, "/api/v1/whoami", "any-id");

        String[] traceResponse = response.headers().firstValue("traceresponse").orElseThrow().split("-");
        assertThat(traceResponse[1]).isEqualTo(TRACE_ID);
        assertThat(traceResponse[2]).isNotEqualTo(CALLER_SPAN);
        assertThat(traceResponse[3]).as("the caller's sampling decision").isEqualTo("01");
    }

    @Test
    void everyLineLoggedForARequestCarriesItsTraceIdNextToItsRequestId(TestTokens tokens, CapturedOutput output) {
        traced(tokens, "/api/v1/logged", "logged-7");

        assertThat(output.getOut().lines().filter(line -> line.contains("Handling a logged call")))
                .singleElement().asString().containsPattern("\\[logged-7] \\[" + TRACE_ID + ",[0-9a-f]{16}]");
    }

    private HttpResponse<String> traced(TestTokens tokens, String path, String requestId) {
        Http http = new Http(port);
        return http.send(http.request(path).header("Authorization", tokens.customer("alice-sub").bearer())
                .header("X-Request-Id", requestId).header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
                .GET());
    }
}
