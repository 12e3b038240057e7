package io.cmr.portal.api.profile;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A contact point to add: {@code value} for an e-mail or phone, {@code postal} for an address. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewContactPoint(String type, String label, String value, ContactPoint.Postal postal) {
}
