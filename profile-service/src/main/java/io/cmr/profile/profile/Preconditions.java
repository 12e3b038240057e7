package io.cmr.profile.profile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Strong ETags are the document's version in quotes. A change must name the version it was made
 * on, so that two people editing at once never overwrite each other silently.
 */
public final class Preconditions {

    private static final Pattern STRONG_ETAG = Pattern.compile("\"(\\d{1,18})\"");

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header names.
     *
     * @throws ErrorResponseException 428 without the header, 412 when it names no version of ours
     *         (a weak or malformed tag can never match strongly)
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw problem(HttpStatus.PRECONDITION_REQUIRED,
                    "Send the ETag of the version you are changing in If-Match.");
        }
        Matcher matcher = STRONG_ETAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw stale();
        }
        return Long.parseLong(matcher.group(1));
    }

    /** The current version goes back as the ETag, so the client knows what it must read again. */
    public static ErrorResponseException stale(long currentVersion) {
        ErrorResponseException stale = stale();
        stale.getHeaders().setETag(etag(currentVersion));
        return stale;
    }

    public static ErrorResponseException stale() {
        return problem(HttpStatus.PRECONDITION_FAILED,
                "The data changed since you read it: read it again, then make your change on the new version.");
    }

    public static ErrorResponseException notFound(String what) {
        return problem(HttpStatus.NOT_FOUND, what + " was not found.");
    }

    public static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
