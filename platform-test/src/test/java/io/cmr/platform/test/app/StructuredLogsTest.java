package io.cmr.platform.test.app;

import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@ActiveProfiles("json-logs")
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

    @LocalServerPort
    private int port;

    @Test
    void theJsonLogsProfileWritesOneJsonObjectPerLineWithTheRequestId(TestTokens tokens, CapturedOutput log) {
        new Http(port).send(new Http(port).request("/api/v1/failure")
                .header("Authorization", tokens.customer("alice-sub").bearer())
                .header("X-Request-Id", "json-trace-9").GET());

        assertThat(log.getOut().lines().filter(line -> line.contains("json-trace-9")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("{").contains("\"requestId\":\"json-trace-9\""));
    }
}
