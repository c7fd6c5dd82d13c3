package io.itsmkit.core.audit;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;

/**
 * What a host keeps apart from the trail itself (another table, a signed log, a notary) so that cutting off
 * the trail's last entries is found: the number of entries and the last entry's hash at some moment.
 * {@link AuditTrail#verify(AuditCheckpoint)} checks a trail against it.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param size how many entries the trail had
 * @param head the hash of its last entry, {@link AuditTrail#GENESIS} for an empty trail
 */
public record AuditCheckpoint(long size, String head) {

    /**
     * Validates the components.
     *
     * @throws ValidationException if the size is negative or the head is not 64 lower-case hex digits
     * @param size see {@link #size()}
     * @param head see {@link #head()}
     */
    public AuditCheckpoint {
        Checks.notNegative(size, "checkpoint.size");
        Checks.notNull(head, "checkpoint.head");
        if (!head.matches("[0-9a-f]{64}")) {
            throw new ValidationException("checkpoint.head", "sha-256-hex", head, "must be 64 lower-case hex digits");
        }
    }
}
