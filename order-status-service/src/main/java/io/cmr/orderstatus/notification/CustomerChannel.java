package io.cmr.orderstatus.notification;

/** The ways a customer can be told something, as preference-service names them. */
public enum CustomerChannel {
    EMAIL, SMS, PUSH, IN_APP, POSTAL
}
