package io.itsmkit.sla.clock;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.sla.agreement.Threshold;
import java.time.Instant;
import java.util.Optional;

/**
 * A threshold of a clock and the instant it is or was reached, in working time. A threshold already reached
 * keeps its instant (even if a later priority change moves the target); one not yet reached on a running or
 * paused clock is projected like the due instant; none is given if the clock stopped or was cancelled first.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param threshold the threshold
 * @param at when it was reached, or when it will be if nothing changes; empty if never
 * @param reached whether it was reached by the evaluation instant
 */
public record Warning(Threshold threshold, Optional<Instant> at, boolean reached) {

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null, or {@code reached} without an instant (rule
     *     {@code "reached-has-instant"})
     * @param threshold see {@link #threshold()}
     * @param at see {@link #at()}
     * @param reached see {@link #reached()}
     */
    public Warning {
        Checks.notNull(threshold, "warning.threshold");
        Checks.notNull(at, "warning.at");
        if (reached && at.isEmpty()) {
            throw new ValidationException(
                    "warning.at", "reached-has-instant", "empty", "a reached threshold has the instant it was reached");
        }
    }
}
