package io.cmr.orderstatus.incident;

public enum IncidentStatus {
    ACTIVE, RESOLVED
}
