package io.cmr.orderstatus.contact.domain;

/** Why a reason matters for elimination. */
public enum ReasonKind {
    /** A notice would have answered it ("where is my order?"). */
    AVOIDABLE_BY_INFORMATION,
    /** The customer could have done it in the portal or an app. */
    AVOIDABLE_BY_SELF_SERVICE,
    /** A contact worth having: a sale, feedback. */
    VALUABLE
}
