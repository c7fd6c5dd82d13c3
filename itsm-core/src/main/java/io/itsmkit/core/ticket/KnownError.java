package io.itsmkit.core.ticket;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.id.ActorId;
import java.time.Instant;

/**
 * A known error: a problem whose root cause or workaround is documented, so the service desk can restore
 * service before the problem is fixed.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param problem the problem documented
 * @param workaround how to restore service meanwhile, not blank
 * @param recordedBy who documented it
 * @param recordedAt when
 */
public record KnownError(ProblemId problem, String workaround, ActorId recordedBy, Instant recordedAt) {
    /**
     * Validates the components.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null or the workaround blank
     * @param problem see {@link #problem()}
     * @param workaround see {@link #workaround()}
     * @param recordedBy see {@link #recordedBy()}
     * @param recordedAt see {@link #recordedAt()}
     */
    public KnownError {
        Checks.notNull(problem, "knownError.problem");
        Checks.notBlank(workaround, "knownError.workaround");
        Checks.notNull(recordedBy, "knownError.recordedBy");
        Checks.notNull(recordedAt, "knownError.recordedAt");
    }
}
