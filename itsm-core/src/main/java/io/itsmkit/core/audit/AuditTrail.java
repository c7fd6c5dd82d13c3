package io.itsmkit.core.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * An append-only, hash-chained audit trail (for compliance: who changed what, when).
 *
 * <p>Each entry commits to the previous one through {@code previousHash}, and to its own content through
 * {@code hash}, so changing any field of any stored entry, removing, reordering or inserting entries is
 * found by {@link #verify()}, which names the first entry that fails.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class AuditTrail {
    /** The {@code previousHash} of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final AuditTrail EMPTY = new AuditTrail(ImmutableList.of());

    private final ImmutableList<AuditEntry> entries;

    private AuditTrail(ImmutableList<AuditEntry> entries) {
        this.entries = entries;
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
     * Wraps stored entries as they are, without checking them: call {@link #verify()} to check.
     *
     * @param entries the stored entries, oldest first
     * @return the trail
     * @throws ValidationException if the list or an entry is null
     */
    public static AuditTrail of(List<AuditEntry> entries) {
        Checks.notNull(entries, "entries");
        for (int i = 0; i < entries.size(); i++) {
            Checks.notNull(entries.get(i), "entries[" + i + "]");
        }
        return new AuditTrail(ImmutableList.copyOf(entries));
    }

    /**
     * Returns a trail with one more entry, chained to the last.
     *
     * @param at when, not before the last entry
     * @param actor who
     * @param action what was done, not blank
     * @param subject what it was done to, not blank
     * @param from the value before (may be empty text)
     * @param to the value after (may be empty text)
     * @param note a comment (may be empty text)
     * @return the longer trail; this one is unchanged
     * @throws ValidationException if an argument is null, action or subject blank, or {@code at} before
     *     the last entry
     */
    public AuditTrail append(
            Instant at, ActorId actor, String action, String subject, String from, String to, String note) {
        String previous = entries.isEmpty() ? GENESIS : last().hash();
        AuditEntry unhashed = new AuditEntry(entries.size(), at, actor, action, subject, from, to, note, previous, "");
        Checks.notBlank(action, "action");
        Checks.notBlank(subject, "subject");
        if (!entries.isEmpty() && at.isBefore(last().at())) {
            throw new ValidationException(
                    "at", "chronological", at, "must not be before the last entry at " + last().at());
        }
        AuditEntry e = new AuditEntry(
                unhashed.sequence(), at, actor, action, subject, from, to, note, previous, hashOf(unhashed));
        return new AuditTrail(ImmutableList.<AuditEntry>builderWithExpectedSize(entries.size() + 1)
                .addAll(entries)
                .add(e)
                .build());
    }

    /**
     * Checks every entry: its sequence, its link to the previous entry, and its own hash.
     *
     * @return intact, or the first failing entry and why
     */
    public AuditVerification verify() {
        String previous = GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry e = entries.get(i);
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

    /**
     * Returns the entries, oldest first.
     *
     * @return an immutable list
     */
    public ImmutableList<AuditEntry> entries() {
        return entries;
    }

    private AuditEntry last() {
        return entries.get(entries.size() - 1);
    }

    /** SHA-256 of every component but the hash itself, each length-prefixed. */
    private static String hashOf(AuditEntry e) {
        Hasher h = Hashing.sha256().newHasher();
        Instant at = e.at();
        h.putLong(e.sequence()).putLong(at.getEpochSecond()).putInt(at.getNano());
        for (String s :
                new String[] {e.actor().value(), e.action(), e.subject(), e.from(), e.to(), e.note(), e.previousHash()
                }) {
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
        return o instanceof AuditTrail t && t.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /**
     * Renders the number of entries and the last hash.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return "AuditTrail[" + entries.size() + " entries, head " + (entries.isEmpty() ? GENESIS : last().hash()) + "]";
    }
}
