package io.cmr.preference.consent;

/**
 * Who made a change of consent.
 *
 * @param kind {@code customer}, {@code support}, {@code admin}, {@code partner} or {@code one-click}
 * @param subject the token's subject (the agent for support), null for one-click
 * @param clientId the application the change came through (the token's {@code azp})
 */
public record Actor(String kind, String subject, String clientId) {

    public static final String CUSTOMER = "customer";
    public static final String SUPPORT = "support";
    public static final String ONE_CLICK = "one-click";
}
