package io.cmr.portal.api.profile;

import io.cmr.platform.correlation.RequestIds;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The profile part of the public API, reached through the gateway like any partner app would
 * (URL and timeouts: {@code spring.cloud.openfeign.client.config.profile}). The caller's token and
 * request id are arguments, not thread-bound state: the call runs on another thread than the request.
 */
@FeignClient(name = ProfileClient.NAME)
interface ProfileClient {

    String NAME = "profile";

    @GetMapping(path = "/api/v1/profile/me", produces = MediaType.APPLICATION_JSON_VALUE)
    Profile me(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @RequestHeader(name = RequestIds.HEADER, required = false) String requestId);
}
