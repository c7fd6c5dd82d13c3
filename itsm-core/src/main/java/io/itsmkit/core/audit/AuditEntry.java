package io.itsmkit.core.audit;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.id.ActorId;
import java.time.Instant;

/**
 * One entry of an {@link AuditTrail}: who did what to which subject, from which value to which, when,
 * chained to the previous entry by its hash.
 *
 * <p>Entries are created by {@link AuditTrail#append}; the canonical constructor exists so a host can
 * load stored entries and {@link AuditTrail#verify() verify} them. {@code hash} is the SHA-256 (lower-case
 * hex) of every other component, each length-prefixed, so no two different entries share an encoding.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param sequence the position in the trail, from 0
 * @param at when
 * @param actor who
 * @param action what was done, e.g. {@code "priority.override"}
 * @param subject what it was done to, e.g. {@code "INC-42"}
 * @param from the value before, empty text if none
 * @param to the value after, empty text if none
 * @param note a free comment, empty text if none
 * @param previousHash the previous entry's hash, {@link AuditTrail#GENESIS} for the first
 * @param hash this entry's hash
 */
public record AuditEntry(
        long sequence,
        Instant at,
        ActorId actor,
        String action,
        String subject,
        String from,
        String to,
        String note,
        String previousHash,
        String hash) {
    /**
     * Validates that no component is null.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null
     * @param sequence see {@link #sequence()}
     * @param at see {@link #at()}
     * @param actor see {@link #actor()}
     * @param action see {@link #action()}
     * @param subject see {@link #subject()}
     * @param from see {@link #from()}
     * @param to see {@link #to()}
     * @param note see {@link #note()}
     * @param previousHash see {@link #previousHash()}
     * @param hash see {@link #hash()}
     */
    public AuditEntry {
        Checks.notNull(at, "at");
        Checks.notNull(actor, "actor");
        Checks.notNull(action, "action");
        Checks.notNull(subject, "subject");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.notNull(note, "note");
        Checks.notNull(previousHash, "previousHash");
        Checks.notNull(hash, "hash");
    }
}
