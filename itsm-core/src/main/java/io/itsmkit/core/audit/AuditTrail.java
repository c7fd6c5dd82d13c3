package io.itsmkit.core.audit;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.StateChangeRefusedException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.timeline.Recorded;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An append-only, hash-chained audit trail (for compliance: who changed what, when).
 *
 * <p>Each entry commits to the previous one through {@code previousHash}, and to its own content through
 * {@code hash}. What is detected, and how:
 *
 * <ul>
 *   <li>changing any field of any stored entry, removing, reordering or inserting entries anywhere but at
 *       the end: {@link #verify()}, which names the first entry that fails;
 *   <li>cutting entries off the end (which leaves a shorter, self-consistent chain): only against an
 *       {@link AuditCheckpoint} the host keeps elsewhere ({@link #checkpoint()} when it writes,
 *       {@link #verify(AuditCheckpoint)} when it reads);
 *   <li>appending to a trail that does not verify is refused, so a tampered trail is never extended into
 *       one that hides the damage.
 * </ul>
 *
 * <p>{@link #append} is O(1) amortised (trails share storage, like {@link io.itsmkit.core.timeline.Timeline}s);
 * loading with {@link #of(List)} verifies once, in O(n).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class AuditTrail {
    /** The {@code previousHash} of the first entry, and the head of an empty trail: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final AuditTrail EMPTY = new AuditTrail(new AuditEntry[0], 0, AuditVerification.intact());

    private final AuditEntry[] entries;
    private final int size;
    private final AuditVerification verification;

    private AuditTrail(AuditEntry[] entries, int size, AuditVerification verification) {
        this.entries = entries;
        this.size = size;
        this.verification = verification;
    }

    /**
     * Returns the empty trail.
     *
     * @return a trail with no entries
     */
    public static AuditTrail empty() {
        return EMPTY;
    }

    /**
     * Loads stored entries. The trail is verified once, here; {@link #verify()} then reports the outcome, and
     * a trail that does not verify refuses appends.
     *
     * @param entries the entries, oldest first
     * @return the trail, intact or not
     * @throws ValidationException if the list or an entry is null
     */
    public static AuditTrail of(List<AuditEntry> entries) {
        List<AuditEntry> copy = Checks.noNulls(entries, "entries");
        AuditEntry[] array = copy.toArray(new AuditEntry[0]);
        return new AuditTrail(array, array.length, check(array, array.length));
    }

    /**
     * Appends an entry for a domain event of any aggregate (ticket, problem, change, ledger, ...): the
     * subject is the event's stream (its kind and id, e.g. {@code "ticketId INC-1"}), the action the event's
     * type (e.g. {@code "PriorityChanged"}), the details the event id, the instant it occurred and the event's
     * values; the entry's instant is when the event was recorded and its actor the event's.
     *
     * @param event a recorded domain event
     * @return the longer trail; this one is unchanged
     * @throws ValidationException if {@code event} is null, or it was recorded before the last entry (rule
     *     {@code "chronological"})
     * @throws StateChangeRefusedException with rule {@code "intact-trail"} if this trail does not verify
     */
    public AuditTrail append(Recorded<?> event) {
        Checks.notNull(event, "event");
        return append(
                event.actor(),
                event.recordedAt(),
                event.id().stream().kind() + " " + event.id().stream(),
                event.event().getClass().getSimpleName(),
                event.id() + " occurred " + event.occurredAt() + " " + event.event());
    }

    /**
     * Appends an entry that is not a domain event, e.g. a break-glass override or an export.
     *
     * @param actor who
     * @param at when it was recorded, not before the last entry
     * @param subject what it was done to, not blank
     * @param action what was done, not blank
     * @param details the rest, may be empty
     * @return the longer trail; this one is unchanged
     * @throws ValidationException if an argument is null, the subject or action blank, or {@code at} is before
     *     the last entry (rule {@code "chronological"})
     * @throws StateChangeRefusedException with rule {@code "intact-trail"} if this trail does not verify
     */
    public AuditTrail append(ActorId actor, Instant at, String subject, String action, String details) {
        Checks.notNull(actor, "actor");
        Checks.notNull(at, "at");
        Checks.notBlank(subject, "subject");
        Checks.notBlank(action, "action");
        Checks.notNull(details, "details");
        if (!verification.isIntact()) {
            throw new StateChangeRefusedException(
                    "audit trail",
                    "intact-trail",
                    "it does not verify (" + verification + "), so nothing may be appended to it");
        }
        if (size > 0 && at.isBefore(last().at())) {
            throw new ValidationException(
                    "at", "chronological", at, "must not be before the last entry at " + last().at());
        }
        String previous = head();
        AuditEntry unhashed = new AuditEntry(size, at, actor, subject, action, details, previous, "");
        AuditEntry e = new AuditEntry(size, at, actor, subject, action, details, previous, hashOf(unhashed));
        return with(e);
    }

    private AuditTrail with(AuditEntry e) {
        synchronized (entries) {
            // the first trail to append after this size may write into the shared array; others copy
            if (size < entries.length && entries[size] == null) {
                entries[size] = e;
                return new AuditTrail(entries, size + 1, verification);
            }
        }
        AuditEntry[] copy =
                Arrays.copyOf(entries, size >= Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE - 8 : Math.max(8, size * 2));
        copy[size] = e;
        return new AuditTrail(copy, size + 1, verification);
    }

    /**
     * Checks the whole chain: sequences, links and hashes.
     *
     * @return intact, or the first tampered entry and why
     */
    public AuditVerification verify() {
        return verification;
    }

    /**
     * Checks the chain and that the trail still holds everything a checkpoint saw: at least that many
     * entries, the one at the checkpoint's last position having the checkpoint's head hash.
     *
     * @param expected a checkpoint the host kept apart from the trail
     * @return intact, or the first tampered or missing entry and why
     * @throws ValidationException if {@code expected} is null
     */
    public AuditVerification verify(AuditCheckpoint expected) {
        Checks.notNull(expected, "expected");
        if (!verification.isIntact()) {
            return verification;
        }
        if (size < expected.size()) {
            return AuditVerification.tampered(
                    size,
                    "the trail has " + size + " entries but the checkpoint saw " + expected.size()
                            + ": entries were cut off");
        }
        String seen = expected.size() == 0 ? GENESIS : entries[(int) expected.size() - 1].hash();
        if (!seen.equals(expected.head())) {
            return AuditVerification.tampered(
                    Math.max(0, expected.size() - 1),
                    "the entry at the checkpoint's position has another hash than the checkpoint's head");
        }
        return verification;
    }

    /**
     * Returns what a host keeps elsewhere to find truncation later: the size and the head hash.
     *
     * @return the checkpoint of this trail
     */
    public AuditCheckpoint checkpoint() {
        return new AuditCheckpoint(size, head());
    }

    /**
     * Returns the entries, oldest first, as an unmodifiable view.
     *
     * @return the entries
     */
    public List<AuditEntry> entries() {
        return new View();
    }

    /**
     * Returns the hash of the last entry.
     *
     * @return the head hash, {@link #GENESIS} for an empty trail
     */
    public String head() {
        return size == 0 ? GENESIS : last().hash();
    }

    private AuditEntry last() {
        return entries[size - 1];
    }

    private static AuditVerification check(AuditEntry[] entries, int size) {
        String previous = GENESIS;
        for (int i = 0; i < size; i++) {
            AuditEntry e = entries[i];
            if (e.sequence() != i) {
                return AuditVerification.tampered(i, "sequence is " + e.sequence() + ", expected " + i);
            }
            if (!e.previousHash().equals(previous)) {
                return AuditVerification.tampered(i, "previousHash does not match the previous entry's hash");
            }
            if (!e.hash().equals(hashOf(e))) {
                return AuditVerification.tampered(i, "hash does not match the entry's content");
            }
            previous = e.hash();
        }
        return AuditVerification.intact();
    }

    private static String hashOf(AuditEntry e) {
        Hasher h = Hashing.sha256().newHasher();
        Instant at = e.at();
        h.putLong(e.sequence()).putLong(at.getEpochSecond()).putInt(at.getNano());
        for (String s : new String[] {e.actor().value(), e.subject(), e.action(), e.details(), e.previousHash()}) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            h.putInt(b.length).putBytes(b);
        }
        return h.hash().toString();
    }

    /**
     * Trails are equal when their entries are.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof AuditTrail t && t.entries().equals(entries());
    }

    @Override
    public int hashCode() {
        return entries().hashCode();
    }

    /**
     * Renders the size and the head hash.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return "AuditTrail[" + size + " entries, head " + head() + "]";
    }

    /** The unmodifiable list view of the entries. */
    private final class View extends AbstractList<AuditEntry> implements RandomAccess {
        @Override
        public AuditEntry get(int index) {
            Checks.inRange(index, 0, size - 1L, "index");
            return entries[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
