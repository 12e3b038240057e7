package io.cmr.preference.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.preference.consent.ConsentEntry;
import io.cmr.preference.consent.ConsentLedger;
import io.cmr.preference.contact.ContactPoint;
import io.cmr.preference.contact.ContactPointDirectory;
import io.cmr.preference.plan.DeliveryPlanner.ConsentRef;
import io.cmr.preference.plan.DeliveryPlanner.Plan;
import io.cmr.preference.preference.PreferenceStore;
import io.cmr.preference.preference.Preferences;
import io.cmr.preference.topic.Channel;
import io.cmr.preference.topic.Topic;
import io.cmr.preference.topic.Topics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DeliveryPlanController {

    static final int MAX_BATCH = 1000;

    private static final Logger log = LoggerFactory.getLogger(DeliveryPlanController.class);

    private final Topics topics;
    private final PreferenceStore preferences;
    private final ContactPointDirectory contactPoints;
    private final ConsentLedger ledger;
    private final Clock clock;

    DeliveryPlanController(Topics topics, PreferenceStore preferences, ContactPointDirectory contactPoints,
            ConsentLedger ledger, Clock clock) {
        this.topics = topics;
        this.preferences = preferences;
        this.contactPoints = contactPoints;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Operation(summary = "How and when each customer of a batch hears about a topic (service accounts)",
            description = "Whatever the batch size: three database reads (the topic, every saved preference in one query, and the "
                    + "topic's consent-ledger entries of the batch in one query) "
                    + "and one call to profile-service for the verified contact points of the whole batch. "
                    + "A customer with no saved preferences gets the catalog defaults. Each channel goes with the contact "
                    + "point to use: the one the customer chose while it is still verified, else their primary one of "
                    + "that type, else any verified one (EMAIL needs an e-mail, SMS a phone, POSTAL a postal address; "
                    + "IN_APP and PUSH none). A channel without one is listed in dropped; a customer with no channel "
                    + "left is SUPPRESSED with NO_VERIFIED_CONTACT_POINT, one profile-service does not know with "
                    + "UNKNOWN_CUSTOMER. Each plan cites what it relied on: the preferences version, the newest consent-ledger "
                    + "entry of each channel of the topic, and the rule (quiet hours, daily digest) that delays it.")
    @ApiResponse(responseCode = "200", description = "One plan per customer, in the request's order")
    @ApiResponse(responseCode = "400", description = "Unknown topic, duplicate customer, more than 1,000 customers",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not a service account", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "503", description = "profile-service did not answer: no plan is guessed; ask again later",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/internal/v1/delivery-plans")
    DeliveryPlans plan(@Valid @RequestBody DeliveryPlanRequest request) {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = request.customerIds().stream().filter(id -> !seen.add(id)).distinct().toList();
        if (!duplicates.isEmpty()) {
            throw invalid(new FieldProblem("customerIds", "each customer once; repeated: " + duplicates));
        }
        Topic topic = topics.find(request.topicId())
                .orElseThrow(() -> invalid(new FieldProblem("topicId", "there is no topic " + request.topicId())));
        Instant at = request.at() == null ? clock.instant() : request.at();
        Map<String, Preferences> saved = preferences.findAll(request.customerIds()).stream()
                .collect(Collectors.toMap(Preferences::customerId, Function.identity()));
        Map<String, List<ContactPoint>> verified = verifiedContactPoints(request.customerIds());
        Map<String, List<ConsentRef>> consents = latestConsents(request.customerIds(), topic.id());
        List<Plan> plans = request.customerIds().stream()
                .map(id -> DeliveryPlanner.plan(topic, saved.getOrDefault(id, Preferences.none(id)), verified.get(id), at)
                        .withConsents(consents.getOrDefault(id, List.of())))
                .toList();
        return new DeliveryPlans(topic.id(), at, plans);
    }

    /** Per customer, the newest ledger entry of each channel of the topic (one query for the batch). */
    private Map<String, List<ConsentRef>> latestConsents(List<String> customerIds, String topicId) {
        Map<String, Map<Channel, ConsentRef>> latest = new HashMap<>();
        for (ConsentEntry entry : ledger.ofTopic(customerIds, topicId)) {
            latest.computeIfAbsent(entry.customerId(), id -> new EnumMap<>(Channel.class)).putIfAbsent(entry.channel(),
                    new ConsentRef(entry.channel(), entry.id(), entry.after(), entry.at(), entry.actor()));
        }
        Map<String, List<ConsentRef>> refs = new HashMap<>();
        latest.forEach((id, byChannel) -> refs.put(id, List.copyOf(byChannel.values())));
        return refs;
    }

    /** Without them every plan would be a guess: the sender keeps its request and asks again. */
    private Map<String, List<ContactPoint>> verifiedContactPoints(List<String> customerIds) {
        try {
            return contactPoints.verifiedOf(customerIds);
        }
        catch (RemoteServiceUnavailable ex) {
            log.warn("No delivery plans: {}", ex.getMessage());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The customers' contact points cannot be read right now; ask again later.");
            ErrorResponseException unavailable = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, ex);
            unavailable.getHeaders().set("Retry-After", "10");
            throw unavailable;
        }
    }

    private static ErrorResponseException invalid(FieldProblem problem) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(List.of(problem)), null);
    }

    record DeliveryPlans(String topicId, Instant at, List<Plan> plans) {
    }
}
