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
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir, FreePorts.resolve(0));
                MongoClient client = MongoClients.create(mongo.uri())) {
            client.getDatabase("cmr-profile").getCollection("profiles")
                    .insertOne(new Document("_id", "alice-sub").append("givenName", "Alice"));
        }

        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir, FreePorts.resolve(0));
                MongoClient client = MongoClients.create(mongo.uri())) {
            Document profile = client.getDatabase("cmr-profile").getCollection("profiles")
                    .find(new Document("_id", "alice-sub")).first();

            assertThat(profile).isNotNull();
            assertThat(profile.getString("givenName")).isEqualTo("Alice");
        }
    }

    @Test
    void listensOnLoopbackOnly() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir, FreePorts.resolve(0))) {
            assertThat(mongo.uri()).startsWith("mongodb://localhost:");
        }
    }
}
