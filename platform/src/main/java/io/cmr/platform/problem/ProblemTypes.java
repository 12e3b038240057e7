package io.cmr.platform.problem;

import java.net.URI;

/**
 * Problem types with semantics beyond their status code. Plain status problems keep RFC 9457's
 * {@code about:blank}.
 */
public final class ProblemTypes {

    public static final URI VALIDATION = URI.create("urn:cmr:problem:validation");
    public static final URI MALFORMED_BODY = URI.create("urn:cmr:problem:malformed-body");
    public static final URI PAYLOAD_TOO_LARGE = URI.create("urn:cmr:problem:payload-too-large");

    private ProblemTypes() {
    }
}
