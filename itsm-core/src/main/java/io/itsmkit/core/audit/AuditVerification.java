package io.itsmkit.core.audit;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
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
     * @throws io.itsmkit.core.error.ValidationException if a component is null, the index is negative (rule
     *     {@code "range"}), or only one of the two is present (rule {@code "both-or-neither"})
     * @param firstTampered see {@link #firstTampered()}
     * @param reason see {@link #reason()}
     */
    public AuditVerification {
        Checks.notNull(firstTampered, "firstTampered");
        Checks.notNull(reason, "reason");
        if (firstTampered.isPresent()) {
            Checks.inRange(firstTampered.getAsLong(), 0, Long.MAX_VALUE, "firstTampered");
        }
        if (firstTampered.isPresent() != reason.isPresent()) {
            throw new ValidationException(
                    "reason",
                    "both-or-neither",
                    reason.orElse(null),
                    "a tampered trail has both an index and a reason, an intact one neither");
        }
        reason.ifPresent(r -> Checks.notBlank(r, "reason"));
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
