package io.itsmkit.core.error;

/**
 * The root of every exception itsmkit throws on purpose.
 *
 * <p>A host can catch this one type to handle every rule the library enforces. Subtypes say which
 * kind of rule was broken: {@link ValidationException} for bad input, {@link IllegalTransitionException}
 * for a lifecycle step that is not allowed, {@link VersionConflictException} for a stale write.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public class ItsmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names the field, the rule and the offending value.
     *
     * @param message the detail message
     */
    public ItsmException(String message) {
        super(message);
    }

    /**
     * Creates an exception caused by another.
     *
     * @param message the detail message
     * @param cause the underlying cause
     */
    public ItsmException(String message, Throwable cause) {
        super(message, cause);
    }
}
