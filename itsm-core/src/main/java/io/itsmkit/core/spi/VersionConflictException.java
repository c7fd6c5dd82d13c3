package io.itsmkit.core.spi;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ItsmException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identifier;

/**
 * An optimistic-concurrency conflict: a write based on a stale version (or an expected sequence of an
 * append-only stream that moved on). The write changed nothing; reading again and retrying may succeed.
 *
 * <p>The key is the typed identifier of what was written ({@code TicketId}, {@code ChangeId}, ...), so a
 * host can tell which aggregate conflicted without parsing the message.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public class VersionConflictException extends ItsmException {
    private static final long serialVersionUID = 1L;

    /** The identifier of the aggregate or stream written. */
    @SuppressWarnings("serial") // identifiers are immutable values; serialising exceptions is not supported
    private final Identifier key;
    /** The version the writer read. */
    private final long expectedVersion;
    /** The version stored when the write was refused. */
    private final long actualVersion;

    /**
     * Creates the exception.
     *
     * @param key the identifier of the aggregate or stream written
     * @param expectedVersion the version (or sequence) the writer read
     * @param actualVersion the version (or sequence) stored now ({@code 0} when nothing is stored)
     * @throws ValidationException if {@code key} is null
     */
    public VersionConflictException(Identifier key, long expectedVersion, long actualVersion) {
        super(Checks.notNull(key, "key").kind() + " " + key + ": version conflict: expected version "
                + expectedVersion + " but the stored version is " + actualVersion
                + " (rule: optimistic-concurrency; nothing was written)");
        this.key = key;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /**
     * Returns the identifier of the aggregate or stream written.
     *
     * @return the typed key, e.g. a {@code TicketId}
     */
    public Identifier key() {
        return key;
    }

    /**
     * Returns the version the writer based its change on.
     *
     * @return the expected version
     */
    public long expectedVersion() {
        return expectedVersion;
    }

    /**
     * Returns the version stored when the write was refused.
     *
     * @return the actual version, {@code 0} when absent
     */
    public long actualVersion() {
        return actualVersion;
    }

    /**
     * Returns {@link ItsmException.Kind#CONFLICT}.
     *
     * @return {@code CONFLICT}
     */
    @Override
    public final Kind kind() {
        return Kind.CONFLICT;
    }
}
