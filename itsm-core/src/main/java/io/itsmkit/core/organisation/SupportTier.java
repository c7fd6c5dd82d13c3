package io.itsmkit.core.organisation;

/**
 * The support level of a team; functional escalation moves work to a higher tier.
 */
public enum SupportTier {
    /** First line: the service desk. */
    TIER_1,
    /** Second line: specialist support teams. */
    TIER_2,
    /** Third line: experts, developers, architects. */
    TIER_3
}
