package io.cmr.profile.profile;

import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Updates;
import io.cmr.platform.mongo.VersionedUpdate;
import io.cmr.platform.problem.Problems;
import io.cmr.profile.audit.Actor;
import io.cmr.profile.audit.AuditEntry;
import io.cmr.profile.audit.AuditTrail;
import org.bson.conversions.Bson;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/** Changes to the profile fields, whoever makes them: checked whole, then one conditional write. */
@Service
public class ProfileEditing {

    private final Profiles profiles;
    private final AuditTrail audit;

    ProfileEditing(Profiles profiles, AuditTrail audit) {
        this.profiles = profiles;
        this.audit = audit;
    }

    /**
     * @param body a JSON merge patch as Jackson reads it
     * @param actor who makes the change, for the audit trail
     * @return the profile after the change, and what changed
     * @throws ErrorResponseException 428/412 for a missing or stale {@code If-Match}, 400 naming
     *         each wrong field, 404 when there is no such profile
     */
    public Edit edit(String customerId, String ifMatch, Map<String, Object> body, Actor actor) {
        long expected = Preconditions.expectedVersion(ifMatch);
        ProfilePatch.Parsed parsed = ProfilePatch.parse(body);
        if (parsed.patch() == null) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(parsed.problems()), null);
        }
        List<Bson> changes = parsed.patch().changes().entrySet().stream()
                .map(change -> change.getValue() == null
                        ? Updates.unset(change.getKey())
                        : Updates.set(change.getKey(), change.getValue()))
                .toList();
        VersionedUpdate<Profile> result = profiles.update(customerId, expected, Updates.combine(changes));
        if (result instanceof VersionedUpdate.Updated<Profile> updated) {
            audit.record(customerId, updated.document().version(), actor, "PROFILE_CHANGED",
                    parsed.patch().changes().entrySet().stream()
                            .map(change -> new AuditEntry.Change(change.getKey(), change.getValue())).toList());
            return new Edit(updated.document(), parsed.patch());
        }
        if (result instanceof VersionedUpdate.Stale<Profile> stale) {
            throw Preconditions.stale(stale.currentVersion());
        }
        throw Preconditions.notFound("The profile");
    }

    public record Edit(Profile profile, ProfilePatch patch) {
    }
}
