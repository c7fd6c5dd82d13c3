package io.itsmkit.change.risk;

import io.itsmkit.core.error.Checks;

/** The risk of a change, lowest first. */
public enum RiskLevel {
    /** Low risk. */
    LOW,
    /** Moderate risk. */
    MODERATE,
    /** High risk. */
    HIGH,
    /** Very high risk. */
    VERY_HIGH;

    /**
     * Returns the higher of two levels.
     *
     * @param other another level
     * @return this level or {@code other}, whichever is higher
     * @throws io.itsmkit.core.error.ValidationException if {@code other} is null
     */
    public RiskLevel max(RiskLevel other) {
        return compareTo(Checks.notNull(other, "other")) >= 0 ? this : other;
    }
}
