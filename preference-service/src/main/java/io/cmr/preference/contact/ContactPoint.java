package io.cmr.preference.contact;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A verified contact point as profile-service's internal contract gives it; only what ownership needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ContactPoint(String id, String type) {
}
