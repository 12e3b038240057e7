package io.cmr.infra;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cmr.infra.process.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMongoTest {

    @TempDir
    Path dataDir;

    @Test
    void whatWasWrittenIsStillThereAfterARestart() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir, "127.0.0.1", FreePorts.resolve(0));
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongo.port())) {
            client.getDatabase("cmr-profile").getCollection("profiles")
                    .insertOne(new Document("_id", "alice-sub").append("givenName", "Alice"));
        }

        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir, "127.0.0.1", FreePorts.resolve(0));
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongo.port())) {
            Document profile = client.getDatabase("cmr-profile").getCollection("profiles")
                    .find(new Document("_id", "alice-sub")).first();

            assertThat(profile).isNotNull();
            assertThat(profile.getString("givenName")).isEqualTo("Alice");
        }
    }

    @Test
    void listensOnTheAddressItIsGivenOnly() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir, "127.0.0.1", FreePorts.resolve(0))) {
            assertThat(Listening.accepts("127.0.0.1", mongo.port())).isTrue();
            assertThat(Listening.accepts(Listening.OTHER_ADDRESS, mongo.port())).isFalse();
        }
    }
}
