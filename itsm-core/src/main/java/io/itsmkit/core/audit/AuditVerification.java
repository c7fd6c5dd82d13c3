package io.itsmkit.core.audit;

import io.itsmkit.core.error.Checks;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The outcome of {@link AuditTrail#verify()}: intact, or the first tampered entry and why.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param firstTampered the index of the first entry that fails a check, or empty if intact
 * @param reason what failed, or empty if intact
 */
public record AuditVerification(OptionalLong firstTampered, Optional<String> reason) {
    /**
     * Validates the components.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null
     * @param firstTampered see {@link #firstTampered()}
     * @param reason see {@link #reason()}
     */
    public AuditVerification {
        Checks.notNull(firstTampered, "firstTampered");
        Checks.notNull(reason, "reason");
    }

    static AuditVerification intact() {
        return new AuditVerification(OptionalLong.empty(), Optional.empty());
    }

    static AuditVerification tampered(long index, String reason) {
        return new AuditVerification(OptionalLong.of(index), Optional.of(reason));
    }

    /**
     * Tells whether every entry passed.
     *
     * @return {@code true} if intact
     */
    public boolean isIntact() {
        return firstTampered.isEmpty();
    }
}
