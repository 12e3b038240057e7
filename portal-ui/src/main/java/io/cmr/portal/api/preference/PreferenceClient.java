package io.cmr.portal.api.preference;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The preference part of the public API, through the gateway (settings: {@code cmr.remote.clients.preference}). */
interface PreferenceClient {

    String NAME = "preference";

    @GetMapping(path = "/api/v1/topics", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Topic> topics();

    @GetMapping(path = "/api/v1/preferences/me", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Preferences> mine();

    @PutMapping(path = "/api/v1/preferences/me", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Preferences> replace(@RequestHeader(HttpHeaders.IF_MATCH) String etag,
            @RequestBody PreferencesChange change);

    @GetMapping(path = "/api/v1/preferences/me/consents", produces = MediaType.APPLICATION_JSON_VALUE)
    ConsentPage consents(@RequestParam(name = "cursor", required = false) String cursor,
            @RequestParam("limit") int limit);
}
