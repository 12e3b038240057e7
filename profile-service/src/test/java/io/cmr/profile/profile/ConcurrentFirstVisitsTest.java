package io.cmr.profile.profile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.cmr.platform.test.AtOnce;
import io.cmr.platform.test.HttpCalls;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class ConcurrentFirstVisitsTest {

    private static final int VISITS = 16;

    private final TestTokens tokens;
    private final MongoDatabase database;

    @LocalServerPort
    private int port;

    ConcurrentFirstVisitsTest(TestTokens tokens, @Autowired MongoDatabase database) {
        this.tokens = tokens;
        this.database = database;
    }

    @Test
    void manyFirstVisitsAtOnceAllSeeTheSameProfileAndOnlyOneIsStored() throws InterruptedException {
        String token = tokens.customer("eager-customer").claim("given_name", "Eve").bearer();
        HttpRequest me = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/profile/me"))
                .header("Authorization", token).GET().build();
        HttpClient client = HttpClient.newHttpClient();

        List<HttpResponse<String>> responses = AtOnce.run(VISITS, visit -> HttpCalls.send(client, me));

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(responses).extracting(response -> response.headers().firstValue("ETag").orElseThrow())
                .containsOnly("\"1\"");
        assertThat(responses).extracting(HttpResponse::body).containsOnly(responses.get(0).body())
                .allSatisfy(body -> assertThat(body).contains("\"givenName\":\"Eve\""));
        assertThat(database.getCollection("profiles").countDocuments(Filters.eq("_id", "eager-customer"))).isOne();
    }
}
