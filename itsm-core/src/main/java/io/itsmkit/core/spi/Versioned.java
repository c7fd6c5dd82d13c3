package io.itsmkit.core.spi;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;

/**
 * A stored aggregate with its version, for optimistic concurrency: a write names the version it read and
 * fails with a {@link io.itsmkit.core.spi.VersionConflictException} if the stored one moved on.
 *
 * <p>Versions start at 1 for a newly added aggregate and grow by exactly 1 per successful write.
 *
 * <p>Implementation Requirements: immutable and thread-safe if the value is.
 *
 * @param value the aggregate
 * @param version its version, at least 1
 * @param <T> the aggregate type
 */
public record Versioned<T>(T value, long version) {
    /**
     * Validates the components.
     *
     * @throws ValidationException if the value is null or the version is below 1
     * @param value see {@link #value()}
     * @param version see {@link #version()}
     */
    public Versioned {
        Checks.notNull(value, "value");
        if (version < 1) {
            throw new ValidationException("version", "at-least-one", version, "versions start at 1");
        }
    }
}
