package io.itsmkit.core.error;

/**
 * An optimistic-concurrency conflict: a write based on a stale version. The write changed nothing.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public class VersionConflictException extends ItsmException {
    private static final long serialVersionUID = 1L;

    /** The identifier of the aggregate written. */
    private final String key;
    /** The version the writer read. */
    private final long expectedVersion;
    /** The version stored when the write was refused. */
    private final long actualVersion;

    /**
     * Creates the exception.
     *
     * @param key the identifier of the aggregate written
     * @param expectedVersion the version the writer read
     * @param actualVersion the version stored now ({@code 0} when the aggregate does not exist)
     */
    public VersionConflictException(String key, long expectedVersion, long actualVersion) {
        super(key + ": version conflict: expected version " + expectedVersion + " but the stored version is "
                + actualVersion + " (rule: optimistic-concurrency; nothing was written)");
        this.key = key;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /**
     * Returns the identifier of the aggregate written.
     *
     * @return the key as text
     */
    public String key() {
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
}
