package io.cmr.portal.api.profile;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The profile part of the public API, reached through the gateway like any partner app would
 * (settings: {@code cmr.remote.clients.profile}), as the signed-in user.
 */
interface ProfileClient {

    String NAME = "profile";
    String MERGE_PATCH = "application/merge-patch+json";
    String CONTACT_POINTS = "/api/v1/profile/me/contact-points";

    @GetMapping(path = "/api/v1/profile/me", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Profile> me();

    @PatchMapping(path = "/api/v1/profile/me", consumes = MERGE_PATCH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Profile> change(@RequestHeader(HttpHeaders.IF_MATCH) String etag,
            @RequestBody Map<String, Object> patch);

    @GetMapping(path = CONTACT_POINTS, produces = MediaType.APPLICATION_JSON_VALUE)
    List<ContactPoint> contactPoints();

    @PostMapping(path = CONTACT_POINTS, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ContactPoint add(@RequestBody NewContactPoint point);

    @PostMapping(path = CONTACT_POINTS + "/{id}/verification", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ContactPoint verify(@PathVariable("id") String id, @RequestBody Map<String, String> code);

    @PostMapping(path = CONTACT_POINTS + "/{id}/verification-code")
    void sendNewCode(@PathVariable("id") String id);

    @PostMapping(path = CONTACT_POINTS + "/{id}/primary", produces = MediaType.APPLICATION_JSON_VALUE)
    ContactPoint makePrimary(@PathVariable("id") String id);

    @DeleteMapping(path = CONTACT_POINTS + "/{id}")
    void remove(@PathVariable("id") String id);

    @GetMapping(path = "/api/v1/profile/me/export", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] export();

    @DeleteMapping(path = "/api/v1/profile/me", produces = MediaType.APPLICATION_JSON_VALUE)
    Erasure erase();

    @GetMapping(path = "/api/v1/profile/me/erasure/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Erasure erasure(@PathVariable("id") String id);
}
