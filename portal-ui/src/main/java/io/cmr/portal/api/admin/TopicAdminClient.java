package io.cmr.portal.api.admin;

import java.util.List;

import io.cmr.portal.api.preference.Topic;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/** The topic catalog's admin part of preference-service (settings and guards: {@code cmr.remote.clients.preference}). */
interface TopicAdminClient {

    String NAME = "preference";

    @GetMapping(path = "/api/v1/topics", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Topic> topics();

    @PostMapping(path = "/api/v1/admin/topics", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Topic create(@RequestBody TopicChange topic);

    @PutMapping(path = "/api/v1/admin/topics/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Topic replace(@PathVariable("id") String id, @RequestHeader(HttpHeaders.IF_MATCH) String etag,
            @RequestBody TopicChange topic);

    @DeleteMapping("/api/v1/admin/topics/{id}")
    void remove(@PathVariable("id") String id);
}
