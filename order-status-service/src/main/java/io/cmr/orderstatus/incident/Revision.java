package io.cmr.orderstatus.incident;

import java.time.Instant;

/**
 * One thing said about an incident: its declaration, an update or its resolution. Each is one
 * notice to every affected customer.
 *
 * @param number 1 for the declaration, then 2, 3 ...
 * @param kind the notice kind: {@code INCIDENT_DECLARED}, {@code INCIDENT_UPDATED} or {@code INCIDENT_RESOLVED}
 * @param message what this revision says; for an update without a message, the incident's message then
 */
public record Revision(int number, String kind, Localized message, Instant expectedResolution, String by, Instant at) {

    static final String DECLARED = "INCIDENT_DECLARED";
    static final String UPDATED = "INCIDENT_UPDATED";
    static final String RESOLVED = "INCIDENT_RESOLVED";
}
