package io.itsmkit.core.error;

/**
 * A well-formed request that the current state refuses: acting on a closed ticket, recording a second
 * first response, a lifecycle step the lifecycle does not allow ({@link IllegalTransitionException}).
 * Nothing was changed. Unlike a {@link ValidationException}, the same request could succeed in another
 * state; unlike a {@link io.itsmkit.core.spi.VersionConflictException}, retrying on fresh data does not help.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public class StateChangeRefusedException extends ItsmException {
    private static final long serialVersionUID = 1L;

    /** What was acted on, e.g. {@code "incident INC-1"}. */
    private final String subject;
    /** The stable name of the rule that refused the change. */
    private final String rule;
    /** Why the change was refused, for people. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param subject what was acted on, e.g. {@code "incident INC-1"}
     * @param rule the stable rule name, e.g. {@code "open-ticket"}
     * @param reason why the change is refused
     */
    public StateChangeRefusedException(String subject, String rule, String reason) {
        this(subject, rule, reason, subject + ": " + reason + " (rule: " + rule + "; nothing was changed)");
    }

    /**
     * For subtypes that render their own message.
     *
     * @param subject what was acted on
     * @param rule the stable rule name
     * @param reason why the change is refused
     * @param message the whole message
     */
    protected StateChangeRefusedException(String subject, String rule, String reason, String message) {
        super(message);
        this.subject = String.valueOf(subject);
        this.rule = String.valueOf(rule);
        this.reason = String.valueOf(reason);
    }

    /**
     * Returns what was acted on.
     *
     * @return the subject, e.g. {@code "incident INC-1"}
     */
    public String subject() {
        return subject;
    }

    /**
     * Returns the stable name of the rule that refused the change.
     *
     * @return the rule name
     */
    public String rule() {
        return rule;
    }

    /**
     * Returns why the change was refused.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    /**
     * Returns {@link ItsmException.Kind#REFUSED}.
     *
     * @return {@code REFUSED}
     */
    @Override
    public final Kind kind() {
        return Kind.REFUSED;
    }
}
