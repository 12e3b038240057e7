package io.cmr.portal.api.profile;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The profile part of the public API, reached through the gateway like any partner app would
 * (settings: {@code cmr.remote.clients.profile}), as the signed-in user.
 */
interface ProfileClient {

    String NAME = "profile";

    @GetMapping(path = "/api/v1/profile/me", produces = MediaType.APPLICATION_JSON_VALUE)
    Profile me();
}
