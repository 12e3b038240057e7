package io.cmr.profile.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.cmr.platform.mongo.Documents;
import io.cmr.platform.mongo.VersionedUpdate;
import io.cmr.profile.audit.Actor;

import org.springframework.stereotype.Repository;

/** The {@code erasure-requests} collection; each state change is one version-checked write. */
@Repository
class ErasureRequests {

    static final String PROFILE = "profile";

    private final Documents<ErasureRequest> requests;
    private final Clock clock;

    ErasureRequests(MongoDatabase database, Clock clock) {
        this.requests = Documents.in(database, "erasure-requests", ErasureRequest.class, clock);
        this.clock = clock;
    }

    ErasureRequest create(String customerId, Actor actor, List<String> otherParts) {
        Instant now = clock.instant();
        List<ErasureRequest.Part> parts = new ArrayList<>();
        otherParts.forEach(name -> parts.add(new ErasureRequest.Part(name, ErasureRequest.PENDING, 0, null, null)));
        // This service's own data goes last, once the others no longer depend on it.
        parts.add(new ErasureRequest.Part(PROFILE, ErasureRequest.PENDING, 0, null, null));
        return requests.insertOnce(new ErasureRequest(UUID.randomUUID().toString(), customerId, actor,
                ErasureRequest.PENDING, parts, null, 1, now, now)).document();
    }

    Optional<ErasureRequest> find(String id) {
        return requests.find(id);
    }

    /** Pending requests nobody holds a lease on. */
    List<ErasureRequest> due() {
        Instant now = clock.instant();
        return requests.collection().find(Filters.eq("status", ErasureRequest.PENDING)).into(new ArrayList<>())
                .stream().filter(request -> request.leaseUntil() == null || request.leaseUntil().isBefore(now)).toList();
    }

    /** The request leased to the caller for {@code lease}, unless another worker got it first. */
    Optional<ErasureRequest> claim(ErasureRequest request, Duration lease) {
        return updated(requests.update(request.id(), request.version(),
                Updates.set("leaseUntil", clock.instant().plus(lease))));
    }

    Optional<ErasureRequest> save(ErasureRequest request, List<ErasureRequest.Part> parts) {
        boolean done = parts.stream().allMatch(part -> ErasureRequest.CONFIRMED.equals(part.status()));
        return updated(requests.update(request.id(), request.version(), Updates.combine(
                Updates.set("parts", parts),
                Updates.set("status", done ? ErasureRequest.DONE : ErasureRequest.PENDING),
                Updates.set("leaseUntil", null))));
    }

    private static Optional<ErasureRequest> updated(VersionedUpdate<ErasureRequest> result) {
        return result instanceof VersionedUpdate.Updated<ErasureRequest> updated
                ? Optional.of(updated.document()) : Optional.empty();
    }
}
