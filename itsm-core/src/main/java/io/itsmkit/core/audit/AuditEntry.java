package io.itsmkit.core.audit;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import java.time.Instant;

/**
 * One entry of an {@link AuditTrail}: who did what to which subject, when, with the details, chained to the
 * previous entry by its hash.
 *
 * <p>Entries are created by {@link AuditTrail#append(io.itsmkit.core.timeline.Recorded)} (from any domain
 * event) or {@link AuditTrail#append(ActorId, Instant, String, String, String)}; the canonical constructor
 * exists so a host can load stored entries and {@link AuditTrail#verify() verify} them. {@code hash} is the
 * SHA-256 (lower-case hex) of every other component, each length-prefixed, so no two different entries
 * share an encoding.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param sequence the position in the trail, from 0
 * @param at when it was recorded
 * @param actor who
 * @param subject what it was done to, e.g. {@code "ticketId INC-42"}
 * @param action what was done, e.g. {@code "PriorityChanged"}
 * @param details the rest, e.g. the event's values; empty text if none
 * @param previousHash the previous entry's hash, {@link AuditTrail#GENESIS} for the first
 * @param hash this entry's hash
 */
public record AuditEntry(
        long sequence,
        Instant at,
        ActorId actor,
        String subject,
        String action,
        String details,
        String previousHash,
        String hash) {
    /**
     * Validates that no component is null.
     *
     * @throws ValidationException naming the null component
     * @param sequence see {@link #sequence()}
     * @param at see {@link #at()}
     * @param actor see {@link #actor()}
     * @param subject see {@link #subject()}
     * @param action see {@link #action()}
     * @param details see {@link #details()}
     * @param previousHash see {@link #previousHash()}
     * @param hash see {@link #hash()}
     */
    public AuditEntry {
        Checks.notNull(at, "at");
        Checks.notNull(actor, "actor");
        Checks.notNull(subject, "subject");
        Checks.notNull(action, "action");
        Checks.notNull(details, "details");
        Checks.notNull(previousHash, "previousHash");
        Checks.notNull(hash, "hash");
    }
}
