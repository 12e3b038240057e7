package io.cmr.preference.preference;

/** Whether messages of a topic go out as they come or gathered once a day. */
public enum DeliveryMode {
    IMMEDIATE, DAILY_DIGEST
}
