package io.cmr.orderstatus.contact;

import org.bson.codecs.pojo.annotations.BsonId;

/** The first level of the taxonomy (delivery, orders, account...). */
public record ContactCategory(@BsonId String code, Names name) {
}
