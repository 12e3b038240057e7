package io.cmr.orderstatus.notification.news;

import java.time.Instant;

import io.cmr.orderstatus.notification.OrderNews;
import org.bson.codecs.pojo.annotations.BsonId;

/** A news item kept until every listener took it ({@code published}); the key makes it unique. */
public record StoredNews(@BsonId String newsKey, OrderNews news, boolean published, Instant createdAt) {
}
