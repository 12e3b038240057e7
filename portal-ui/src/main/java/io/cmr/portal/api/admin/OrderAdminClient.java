package io.cmr.portal.api.admin;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin part of order-status-service: templates, delay rules, incidents and the weekly contact
 * report (settings and guards: {@code cmr.remote.clients.orders}).
 */
interface OrderAdminClient {

    String NAME = "orders";
    String TEMPLATE = "/api/v1/admin/templates/{topicId}/{kind}/{channel}/{language}";

    @GetMapping(path = "/api/v1/admin/templates", produces = MediaType.APPLICATION_JSON_VALUE)
    Template.Page templates(@RequestParam(name = "topicId", required = false) String topicId,
            @RequestParam("limit") int limit);

    @GetMapping(path = TEMPLATE, produces = MediaType.APPLICATION_JSON_VALUE)
    Template template(@PathVariable("topicId") String topicId, @PathVariable("kind") String kind,
            @PathVariable("channel") String channel, @PathVariable("language") String language);

    /** Creates the template without If-Match. */
    @PutMapping(path = TEMPLATE, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Template create(@PathVariable("topicId") String topicId, @PathVariable("kind") String kind,
            @PathVariable("channel") String channel, @PathVariable("language") String language,
            @RequestBody Template.Words words);

    @PutMapping(path = TEMPLATE, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Template replace(@PathVariable("topicId") String topicId, @PathVariable("kind") String kind,
            @PathVariable("channel") String channel, @PathVariable("language") String language,
            @RequestHeader(HttpHeaders.IF_MATCH) String etag, @RequestBody Template.Words words);

    @PostMapping(path = "/api/v1/admin/templates/preview", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Template.Preview preview(@RequestBody Map<String, Object> request);

    @GetMapping(path = "/api/v1/admin/delay-rules", produces = MediaType.APPLICATION_JSON_VALUE)
    DelayRules delayRules();

    @PutMapping(path = "/api/v1/admin/delay-rules", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    DelayRules replaceDelayRules(@RequestBody DelayRules rules);

    @GetMapping(path = "/api/v1/incidents", produces = MediaType.APPLICATION_JSON_VALUE)
    Incident.Page incidents(@RequestParam(name = "cursor", required = false) String cursor,
            @RequestParam("limit") int limit);

    @GetMapping(path = "/api/v1/incidents/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Incident> incident(@PathVariable("id") String id);

    @PostMapping(path = "/api/v1/incidents", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Incident declare(@RequestHeader("Idempotency-Key") String idempotencyKey, @RequestBody Map<String, Object> incident);

    @PatchMapping(path = "/api/v1/incidents/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Incident change(@PathVariable("id") String id, @RequestHeader(HttpHeaders.IF_MATCH) String etag,
            @RequestBody Map<String, Object> change);

    @GetMapping(path = "/api/v1/admin/contact-reports/weekly", produces = MediaType.APPLICATION_JSON_VALUE)
    WeeklyReport weeklyReport(@RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to, @RequestParam("groupBy") String groupBy);
}
