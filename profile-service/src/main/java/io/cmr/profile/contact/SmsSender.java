package io.cmr.profile.contact;

/** Sends a text message; the only implementation today is {@link LocalSmsSender}. */
interface SmsSender {

    /** @param to an E.164 number */
    void send(String to, String text);
}
