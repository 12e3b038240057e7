package io.cmr.profile.contact;

import java.util.List;

/** A structured postal address; {@code country} is an ISO 3166-1 alpha-2 code. */
public record PostalAddress(List<String> lines, String postalCode, String city, String country) {
}
