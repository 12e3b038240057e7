package io.cmr.platform.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.cmr.platform.MissingSettings;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The service's own database (DESIGN.md: one database per service), named by
 * {@code spring.mongodb.database}. The client itself comes from Boot's {@code spring.mongodb.*}
 * and keeps the driver's default codec registry, which maps records and {@code java.time} types:
 * that is what {@link Documents} relies on for typed collections.
 */
@AutoConfiguration(after = MongoAutoConfiguration.class, before = MongoHealthContributorAutoConfiguration.class)
@ConditionalOnClass(MongoClient.class)
@ConditionalOnBean(MongoClient.class)
public class MongoDatabaseAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MongoDatabase mongoDatabase(MongoClient client, MongoProperties properties) {
        // Boot would quietly use a MongoDB on localhost; only the local profile may.
        new MissingSettings().require("spring.mongodb.uri",
                properties.getUri() != null ? properties.getUri() : properties.getHost()).check();
        return client.getDatabase(properties.getMongoClientDatabase());
    }

    /** Named so that Boot's own MongoDB indicator backs off; reported as {@code mongo}. */
    @Bean
    @ConditionalOnMissingBean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoDatabase database) {
        return new MongoPingHealthIndicator(database);
    }
}
