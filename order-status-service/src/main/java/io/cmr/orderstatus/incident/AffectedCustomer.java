package io.cmr.orderstatus.incident;

import java.util.List;

/** A customer an incident reached, with every order of theirs it was about, over all its revisions. */
public record AffectedCustomer(String incidentId, String customerId, List<String> orderIds) {
}
