package io.itsmkit.core.error;

/**
 * The root of every exception itsmkit throws on purpose.
 *
 * <p>A host can catch this one type to handle every rule the library enforces, and map it without
 * parsing messages: {@link #kind()} says which kind of failure it is, and each kind has its own subtype.
 *
 * <ul>
 *   <li>{@link Kind#INVALID_INPUT}: {@link ValidationException}, bad input listing every {@link Violation}
 *       (HTTP 400);
 *   <li>{@link Kind#REFUSED}: {@link StateChangeRefusedException}, a well-formed request that the current
 *       state does not allow, e.g. a lifecycle step ({@link IllegalTransitionException}), a change to a
 *       closed ticket, a second first response (HTTP 422);
 *   <li>{@link Kind#CONFLICT}: {@link io.itsmkit.core.spi.VersionConflictException}, a write based on a
 *       stale version (HTTP 409);
 *   <li>{@link Kind#HOST_FAILURE}: {@link HostFailureException}, a plug-in the host gave the library failed or
 *       broke its contract (HTTP 500 or 502).
 * </ul>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public abstract class ItsmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kinds of failure; each is a subtype of {@link ItsmException}. */
    public enum Kind {
        /** Bad input: the request can never succeed as it is. */
        INVALID_INPUT,
        /** The request is well formed, but the current state refuses it. */
        REFUSED,
        /** A write was based on a stale version; reading again and retrying may succeed. */
        CONFLICT,
        /** A plug-in the host gave the library failed or broke its contract; the host must fix it. */
        HOST_FAILURE
    }

    /**
     * Creates an exception with a message that names the field or subject, the rule and the offending value.
     *
     * @param message the detail message
     */
    protected ItsmException(String message) {
        super(message);
    }

    /**
     * Creates an exception caused by another, e.g. a host plug-in that failed.
     *
     * @param message the detail message
     * @param cause the underlying cause
     */
    protected ItsmException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Tells which kind of failure this is.
     *
     * @return the kind
     */
    public abstract Kind kind();
}
