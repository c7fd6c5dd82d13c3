package io.itsmkit.core.priority;

import io.itsmkit.core.error.Checks;

/**
 * A soft smell of a {@link PriorityMatrix}: allowed, but worth a look by whoever configures it.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param rule which smell
 * @param path the cell or level concerned, e.g. {@code "cell[impact=1 - High, urgency=2 - Medium]"}
 * @param message a sentence for people
 */
public record MatrixLint(Rule rule, String path, String message) {

    /**
     * Validates the components.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null
     * @param rule see {@link #rule()}
     * @param path see {@link #path()}
     * @param message see {@link #message()}
     */
    public MatrixLint {
        Checks.notNull(rule, "rule");
        Checks.notNull(path, "path");
        Checks.notNull(message, "message");
    }

    /** The soft rules a matrix is checked against. */
    public enum Rule {
        /** Same-size scales, yet cell (i, u) differs from cell (u, i). iTop's default is asymmetric. */
        ASYMMETRIC,
        /** Neighbouring cells differ by more than one priority level (iTop's P2 to P4). */
        STEP_OVER_ONE,
        /** A priority in no cell and not override-only: an SLA row for it would never apply. */
        UNREACHABLE_PRIORITY
    }
}
