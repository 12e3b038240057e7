package io.cmr.orderstatus.contact;

import org.bson.codecs.pojo.annotations.BsonId;

/** How many orders shipped in an ISO week: the denominator of "contacts per 1,000 orders shipped". */
public record WeeklyShipped(@BsonId String week, long orders) {
}
