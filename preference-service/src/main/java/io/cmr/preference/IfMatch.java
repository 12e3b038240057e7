package io.cmr.preference;

import io.cmr.platform.mongo.VersionedUpdate;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Optimistic concurrency as DESIGN.md §6 asks: the ETag is the document's version. */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version the client last saw; 428 when it did not say, 412 when it is no version of ours. */
    public static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw problem(HttpStatus.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the version you read, so that no one else's change is overwritten.");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        }
        catch (NumberFormatException ex) {
            throw problem(HttpStatus.PRECONDITION_FAILED, "If-Match does not name a version of this document.");
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The updated document, or the 412/404 problem the outcome calls for. */
    public static <T> T updated(VersionedUpdate<T> outcome, String what) {
        if (outcome instanceof VersionedUpdate.Updated<T> updated) {
            return updated.document();
        }
        if (outcome instanceof VersionedUpdate.Stale<T> stale) {
            throw stale(stale.currentVersion());
        }
        throw problem(HttpStatus.NOT_FOUND, what + " does not exist.");
    }

    public static ErrorResponseException stale(long currentVersion) {
        ErrorResponseException ex = problem(HttpStatus.PRECONDITION_FAILED,
                "Someone changed it since you read it; read it again (current version " + currentVersion + ").");
        ex.getHeaders().setETag(etag(currentVersion));
        return ex;
    }

    public static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }

}
