package io.cmr.profile.contact;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.mongodb.client.model.Updates;
import io.cmr.platform.mongo.VersionedUpdate;
import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.cmr.profile.audit.Actor;
import io.cmr.profile.audit.AuditEntry;
import io.cmr.profile.audit.AuditTrail;
import io.cmr.profile.orders.VerifiedEmailNotices;
import io.cmr.profile.profile.Preconditions;
import io.cmr.profile.profile.Profile;
import io.cmr.profile.profile.Profiles;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * A customer's contact points. Each change reads the profile, decides on what it read and writes
 * the whole list back only if the profile is still at that version, so limits (20 points, one
 * primary per type, no duplicates, wrong-try counts) hold however many requests race; a lost race
 * is simply decided again on the new version.
 */
@Service
class ContactPointBook {

    private static final int ATTEMPTS = 10;

    private final Profiles profiles;
    private final CodeSender codes;
    private final AuditTrail audit;
    private final VerifiedEmailNotices notices;
    private final Clock clock;
    private final VerificationRules rules = new VerificationRules(new SecureRandom());

    ContactPointBook(Profiles profiles, CodeSender codes, AuditTrail audit, VerifiedEmailNotices notices,
            Clock clock) {
        this.profiles = profiles;
        this.codes = codes;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    List<ContactPoint> list(String customerId) {
        return profiles.find(customerId).map(Profile::contactPoints).orElse(List.of());
    }

    /** Stores the point, then sends an e-mail or phone its first code. */
    ContactPoint add(String customerId, ContactPointRequest request, Actor actor) {
        List<FieldProblem> problems = ContactPointRules.problems(request);
        if (!problems.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(problems), null);
        }
        boolean postal = ContactPoint.POSTAL.equals(request.type());
        PostalAddress address = postal ? new PostalAddress(List.copyOf(request.postal().lines()),
                request.postal().postalCode(), request.postal().city(), request.postal().country()) : null;
        String value = postal ? null : request.value().strip();
        String normalized = ContactPointRules.normalized(request.type(), value, address);
        String code = postal ? null : rules.newCode();
        ContactPoint added = change(customerId, actor, profile -> {
            List<ContactPoint> points = profile.contactPoints();
            if (points.size() >= ContactPointRules.MAX_POINTS) {
                throw Preconditions.problem(HttpStatus.CONFLICT,
                        "A customer has at most " + ContactPointRules.MAX_POINTS + " contact points; remove one first.");
            }
            if (points.stream().anyMatch(point -> point.type().equals(request.type())
                    && point.normalizedValue().equals(normalized))) {
                throw Preconditions.problem(HttpStatus.CONFLICT, "This address is already one of your contact points.");
            }
            Instant now = clock.instant();
            // A postal address is the customer's own statement: there is no code to send to it.
            ContactPoint point = new ContactPoint(UUID.randomUUID().toString(), request.type(), label(request),
                    postal && noPrimary(points, request.type()), postal ? ContactPoint.VERIFIED : ContactPoint.UNVERIFIED,
                    value, normalized, address, postal ? null : rules.issue(code, null, now), now, postal ? now : null);
            return new Change<>(plus(points, point), point, "CONTACT_POINT_ADDED", described(point));
        });
        if (code != null) {
            codes.send(added, code);
        }
        return added;
    }

    void remove(String customerId, String pointId, Actor actor) {
        change(customerId, actor, profile -> {
            ContactPoint removed = find(profile, pointId);
            return new Change<>(profile.contactPoints().stream().filter(point -> !point.id().equals(pointId)).toList(),
                    null, "CONTACT_POINT_REMOVED", described(removed));
        });
    }

    /**
     * @throws ErrorResponseException 429 with {@code Retry-After} when a code was sent too recently or too often
     */
    void sendNewCode(String customerId, String pointId, Actor actor) {
        String code = rules.newCode();
        ContactPoint point = change(customerId, actor, profile -> {
            ContactPoint current = find(profile, pointId);
            if (current.verified()) {
                throw Preconditions.problem(HttpStatus.CONFLICT, "This contact point is already verified.");
            }
            Instant now = clock.instant();
            Duration wait = VerificationRules.retryAfter(current.verification(), now);
            if (!wait.isZero() && !wait.isNegative()) {
                ErrorResponseException tooSoon = Preconditions.problem(HttpStatus.TOO_MANY_REQUESTS,
                        "A new code can be sent once every 30 seconds and 5 times an hour.");
                tooSoon.getHeaders().set("Retry-After", Long.toString(ceilSeconds(wait)));
                throw tooSoon;
            }
            ContactPoint next = current.withVerification(rules.issue(code, current.verification(), now));
            return new Change<>(replace(profile.contactPoints(), next), next, "CONTACT_POINT_CODE_SENT",
                    List.of(new AuditEntry.Change("contactPoints[" + pointId + "].code", "sent")));
        });
        codes.send(point, code);
    }

    /** Checks the code; a wrong one is counted before the caller hears it was wrong. */
    ContactPoint verify(String customerId, String pointId, String code, Actor actor) {
        Verified result = change(customerId, actor, profile -> {
            ContactPoint current = find(profile, pointId);
            if (current.verified()) {
                throw Preconditions.problem(HttpStatus.CONFLICT, "This contact point is already verified.");
            }
            VerificationRules.Outcome outcome = VerificationRules.check(current.verification(), code, clock.instant());
            return switch (outcome) {
                case MATCH -> {
                    ContactPoint verified = current.verifiedAt(clock.instant(),
                            noPrimary(profile.contactPoints(), current.type()));
                    yield new Change<>(replace(profile.contactPoints(), verified), new Verified(verified, outcome),
                            "CONTACT_POINT_VERIFIED", List.of(new AuditEntry.Change(
                                    "contactPoints[" + pointId + "].status", ContactPoint.VERIFIED)));
                }
                case WRONG -> new Change<>(replace(profile.contactPoints(),
                        current.withVerification(VerificationRules.afterWrongTry(current.verification()))),
                        new Verified(null, outcome), "CONTACT_POINT_WRONG_CODE",
                        List.of(new AuditEntry.Change("contactPoints[" + pointId + "].failedAttempts",
                                Integer.toString(current.verification().failedAttempts() + 1))));
                default -> new Change<>(null, new Verified(null, outcome), null, List.of());
            };
        });
        if (result.point() != null) {
            if (ContactPoint.EMAIL.equals(result.point().type())) {
                // Orders merchants gave with only this address become the customer's.
                notices.record(customerId, result.point().id(), result.point().normalizedValue());
            }
            return result.point();
        }
        String message = switch (result.outcome()) {
            case WRONG -> "is not the code that was sent";
            case LOCKED -> "was tried wrongly too many times; ask for a new code";
            case EXPIRED -> "has expired; ask for a new code";
            default -> "was never sent; ask for a code";
        };
        throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                Problems.validation(List.of(new FieldProblem("code", message))), null);
    }

    /** Only a verified point can be the primary one of its type; the previous primary stops being it. */
    ContactPoint makePrimary(String customerId, String pointId, Actor actor) {
        return change(customerId, actor, profile -> {
            ContactPoint chosen = find(profile, pointId);
            if (!chosen.verified()) {
                throw Preconditions.problem(HttpStatus.CONFLICT, "Only a verified contact point can be primary.");
            }
            List<ContactPoint> points = profile.contactPoints().stream()
                    .map(point -> point.type().equals(chosen.type()) ? point.withPrimary(point.id().equals(pointId)) : point)
                    .toList();
            return new Change<>(points, chosen.withPrimary(true), "CONTACT_POINT_MADE_PRIMARY",
                    List.of(new AuditEntry.Change("contactPoints[" + pointId + "].primary", "true")));
        });
    }

    private <T> T change(String customerId, Actor actor, Function<Profile, Change<T>> decide) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Profile profile = profiles.find(customerId).orElseThrow(() -> Preconditions.notFound("The contact point"));
            Change<T> change = decide.apply(profile);
            if (change.points() == null) {
                return change.result();
            }
            VersionedUpdate<Profile> result = profiles.update(customerId, profile.version(),
                    Updates.set("contactPoints", change.points()));
            if (result instanceof VersionedUpdate.Updated<Profile> updated) {
                audit.record(customerId, updated.document().version(), actor, change.action(), change.audited());
                return change.result();
            }
            if (result instanceof VersionedUpdate.Missing<Profile>) {
                throw Preconditions.notFound("The contact point");
            }
        }
        throw Preconditions.problem(HttpStatus.CONFLICT, "Your profile is changing too fast; try again.");
    }

    private static ContactPoint find(Profile profile, String pointId) {
        return profile.contactPoints().stream().filter(point -> point.id().equals(pointId)).findFirst()
                .orElseThrow(() -> Preconditions.notFound("The contact point"));
    }

    private static boolean noPrimary(List<ContactPoint> points, String type) {
        return points.stream().noneMatch(point -> point.type().equals(type) && point.primary());
    }

    private static List<ContactPoint> plus(List<ContactPoint> points, ContactPoint point) {
        List<ContactPoint> next = new ArrayList<>(points);
        next.add(point);
        return next;
    }

    private static List<ContactPoint> replace(List<ContactPoint> points, ContactPoint replacement) {
        return points.stream().map(point -> point.id().equals(replacement.id()) ? replacement : point).toList();
    }

    private static String label(ContactPointRequest request) {
        return request.label() == null || request.label().isBlank() ? null : request.label().strip();
    }

    private static List<AuditEntry.Change> described(ContactPoint point) {
        String field = "contactPoints[" + point.id() + "]";
        return List.of(new AuditEntry.Change(field + ".type", point.type()),
                new AuditEntry.Change(field + ".label", point.label()),
                new AuditEntry.Change(field + ".value", point.value() != null ? point.value() : point.normalizedValue()));
    }

    private static long ceilSeconds(Duration wait) {
        return (wait.toMillis() + 999) / 1000;
    }

    /** @param points the new list, null when nothing is to be written */
    private record Change<T>(List<ContactPoint> points, T result, String action, List<AuditEntry.Change> audited) {
    }

    private record Verified(ContactPoint point, VerificationRules.Outcome outcome) {
    }
}
