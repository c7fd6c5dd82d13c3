package io.itsmkit.core.cmdb;

/**
 * Business criticality of a service or configuration item, most critical first (ServiceNow's
 * "1 - most critical" to "4 - not critical").
 */
public enum Criticality {
    /** The business stops without it. */
    MISSION_CRITICAL,
    /** Serious business harm without it. */
    HIGH,
    /** Noticeable harm without it. */
    MEDIUM,
    /** Little harm without it. */
    LOW;

    /**
     * Tells whether this criticality is strictly higher than another.
     *
     * @param other another criticality
     * @return {@code true} if this one is more critical
     */
    public boolean isHigherThan(Criticality other) {
        return compareTo(io.itsmkit.core.error.Checks.notNull(other, "other")) < 0;
    }
}
