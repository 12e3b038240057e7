package io.cmr.profile.privacy;

import java.util.List;

import io.cmr.profile.audit.AuditEntry;
import io.cmr.profile.audit.SupportRead;
import io.cmr.profile.contact.ContactPointResponse;
import io.cmr.profile.profile.ProfileResponse;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What profile-service holds about one customer, with who in support read their profile; the codes' hashes are not
 * data about them and stay out.
 */
@Schema(name = "ProfileExport")
record ProfileExport(@Schema(nullable = true) ProfileResponse profile, List<ContactPointResponse> contactPoints,
        List<AuditEntry> audit, List<SupportRead> supportReads) {
}
