package io.cmr.portal.api.unsubscribe;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * preference-service's one-click unsubscribe (RFC 8058) in the public API, without a login: the
 * link's signed token is the only credential. Guarded as client {@code preference}, that service's.
 */
interface UnsubscribeClient {

    String NAME = "preference";

    /**
     * @param clientAddress the address of the person confirming, for the gateway's per-address limit (kept when the
     *        portal is among its trusted proxies)
     * @param form {@code token=…&List-Unsubscribe=One-Click}, form-encoded; the answer is preference-service's own small page
     */
    @PostMapping(path = "/api/v1/unsubscribe", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    String unsubscribe(@RequestHeader("X-Forwarded-For") String clientAddress, @RequestBody String form);
}
