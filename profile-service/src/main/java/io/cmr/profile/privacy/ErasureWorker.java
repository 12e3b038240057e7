package io.cmr.profile.privacy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import feign.FeignException;
import io.cmr.platform.remote.RemoteServiceUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works pending erasure requests until every service has confirmed. The state is in the store and
 * a request is leased before it is worked, so any number of instances, restarted at any time,
 * finish every request once each service answers; erasing twice is harmless by contract.
 */
@Component
class ErasureWorker {

    private static final Logger log = LoggerFactory.getLogger(ErasureWorker.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final ErasureRequests requests;
    private final CustomerData own;
    private final OtherServices others;
    private final Clock clock;

    ErasureWorker(ErasureRequests requests, CustomerData own, OtherServices others, Clock clock) {
        this.requests = requests;
        this.own = own;
        this.others = others;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cmr.profile.erasure-retry-interval:5s}")
    void workDueRequests() {
        requests.due().forEach(request -> requests.claim(request, LEASE).ifPresent(this::work));
    }

    void work(ErasureRequest request) {
        List<ErasureRequest.Part> parts = new ArrayList<>();
        boolean othersConfirmed = true;
        for (ErasureRequest.Part part : request.parts()) {
            if (ErasureRequest.CONFIRMED.equals(part.status())
                    || (ErasureRequests.PROFILE.equals(part.name()) && !othersConfirmed)) {
                parts.add(part);
                continue;
            }
            String error = erase(part.name(), request.customerId());
            othersConfirmed &= error == null;
            parts.add(error == null
                    ? new ErasureRequest.Part(part.name(), ErasureRequest.CONFIRMED, part.attempts() + 1, null, clock.instant())
                    : new ErasureRequest.Part(part.name(), ErasureRequest.PENDING, part.attempts() + 1, error, null));
        }
        requests.save(request, parts);
    }

    /** Null when the service confirmed, else why not. */
    private String erase(String part, String customerId) {
        try {
            if (ErasureRequests.PROFILE.equals(part)) {
                own.erase(customerId);
            }
            else {
                others.byName().get(part).erase(customerId);
            }
            return null;
        }
        catch (RemoteServiceUnavailable ex) {
            return "The service did not answer";
        }
        catch (FeignException ex) {
            log.warn("Erasure part {} refused: {}", part, ex.toString());
            return "The service answered " + ex.status();
        }
    }
}
