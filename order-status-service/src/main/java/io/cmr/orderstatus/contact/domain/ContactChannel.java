package io.cmr.orderstatus.contact.domain;

/** Where a contact came in. */
public enum ContactChannel {
    PHONE, EMAIL, CHAT, SOCIAL, STORE, SMS, PORTAL;

    /** Handled by the customer alone, without an agent. */
    public boolean selfService() {
        return this == PORTAL;
    }
}
