package io.itsmkit.core.error;

/**
 * A lifecycle step that the lifecycle does not allow, naming the state it was in, the state asked for
 * and why it is refused (rule {@code "lifecycle"}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public class IllegalTransitionException extends StateChangeRefusedException {
    private static final long serialVersionUID = 1L;

    /** The state the subject was in. */
    private final String from;
    /** The state asked for. */
    private final String to;

    /**
     * Creates the exception.
     *
     * @param subject what was being moved, e.g. {@code "incident INC-1"}
     * @param from the current state
     * @param to the requested state
     * @param reason why the step is refused
     */
    public IllegalTransitionException(String subject, Object from, Object to, String reason) {
        super(subject, "lifecycle", reason, subject + ": cannot go from " + from + " to " + to + ": " + reason);
        this.from = String.valueOf(from);
        this.to = String.valueOf(to);
    }

    /**
     * Returns the state the subject was in.
     *
     * @return the current state's name
     */
    public String from() {
        return from;
    }

    /**
     * Returns the state that was asked for.
     *
     * @return the requested state's name
     */
    public String to() {
        return to;
    }
}
