package io.cmr.profile.privacy;

import java.util.List;

import io.cmr.profile.audit.AuditTrail;
import io.cmr.profile.audit.SupportReads;
import io.cmr.profile.contact.ContactPointResponse;
import io.cmr.profile.orders.VerifiedEmailNotices;
import io.cmr.profile.profile.Profile;
import io.cmr.profile.profile.ProfileResponse;
import io.cmr.profile.profile.Profiles;

import org.springframework.stereotype.Service;

/** A customer's data in this service, whole: for their export and their erasure. */
@Service
class CustomerData {

    private final Profiles profiles;
    private final AuditTrail audit;
    private final VerifiedEmailNotices notices;
    private final SupportReads supportReads;

    CustomerData(Profiles profiles, AuditTrail audit, VerifiedEmailNotices notices, SupportReads supportReads) {
        this.profiles = profiles;
        this.audit = audit;
        this.notices = notices;
        this.supportReads = supportReads;
    }

    ProfileExport export(String customerId) {
        Profile profile = profiles.find(customerId).orElse(null);
        return new ProfileExport(profile == null ? null : ProfileResponse.of(profile),
                profile == null ? List.of()
                        : profile.contactPoints().stream().map(ContactPointResponse::of).toList(),
                audit.all(customerId), supportReads.of(customerId));
    }

    /** The trail goes first: were the profile gone and the trail not, a retry would still find the trail. */
    void erase(String customerId) {
        audit.eraseAll(customerId);
        supportReads.forget(customerId);
        notices.eraseAll(customerId);
        profiles.delete(customerId);
    }
}
