package io.cmr.preference.topic;

/** Transactional messages follow from something the customer did; marketing ones need their opt-in. */
public enum Category {
    TRANSACTIONAL, MARKETING
}
