package io.cmr.orderstatus.notification.preference;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.cmr.orderstatus.notification.CustomerChannel;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** preference-service's internal contract: delivery plans and one-click unsubscribe links. */
public interface PreferenceService {

    /** 400 (Feign's BadRequest) for an unknown topic; 503, or no answer, is {@code RemoteServiceUnavailable}. */
    @PostMapping("/internal/v1/delivery-plans")
    DeliveryPlans plan(@RequestBody PlanRequest request);

    @PostMapping("/internal/v1/unsubscribe-tokens")
    IssuedLink unsubscribeLink(@RequestBody LinkRequest request);

    record PlanRequest(String topicId, Instant at, List<String> customerIds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DeliveryPlans(String topicId, Instant at, List<Plan> plans) {
    }

    /**
     * One customer's plan, as preference-service decides it.
     *
     * @param status {@code SEND} or {@code SUPPRESSED}
     * @param reason why nothing is sent: {@code OPTED_OUT}, {@code PAUSED}, {@code NO_VERIFIED_CONTACT_POINT}, {@code UNKNOWN_CUSTOMER}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Plan(String customerId, String status, List<Target> channels, List<Dropped> dropped, Instant sendAt,
            String reason, long preferenceVersion, Delay delay, List<ConsentRef> consents) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Target(CustomerChannel channel, String contactPointId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Dropped(CustomerChannel channel, String reason) {
    }

    /** @param rule {@code QUIET_HOURS} or {@code DAILY_DIGEST} */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Delay(String rule, Instant until) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConsentRef(CustomerChannel channel, String entryId, boolean on, Instant at, String actor) {
    }

    record LinkRequest(String customerId, String topicId, CustomerChannel channel) {
    }

    /** @param path on preference-service's public host (through the gateway) */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record IssuedLink(String token, String path, Instant expiresAt) {
    }
}
