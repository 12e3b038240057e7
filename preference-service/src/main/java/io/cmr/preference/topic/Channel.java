package io.cmr.preference.topic;

/** The ways a customer can be reached. */
public enum Channel {
    EMAIL, SMS, PUSH, IN_APP, POSTAL
}
