package io.cmr.systemtests;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A partner developer reads every service's API at the gateway, and trying it out goes through the gateway. */
@ExtendWith(WholeStack.class)
class ApiDocsSystemTest {

    private final WholeStack.Urls stack;

    ApiDocsSystemTest(WholeStack.Urls stack) {
        this.stack = stack;
    }

    @Test
    void eachServicesDocumentIsPublishedAtTheGatewayAndNamesTheGatewayAsItsServer() {
        HttpResponse<String> response = new Http().get(stack.gateway() + "/docs/profile-service");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JsonMapper.shared().readTree(response.body());
        assertThat(document.get("paths").has("/api/v1/profile/me")).isTrue();
        assertThat(document.get("servers").get(0).get("url").asString()).isEqualTo(stack.gateway());
        assertThat(document.get("components").get("securitySchemes").has("bearer")).isTrue();
    }

    @Test
    void swaggerUiIsOpenWithoutAToken() {
        assertThat(new Http().get(stack.gateway() + "/webjars/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }
}
