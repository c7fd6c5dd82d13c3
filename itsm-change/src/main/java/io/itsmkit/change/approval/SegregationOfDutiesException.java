package io.itsmkit.change.approval;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.Violation;
import io.itsmkit.core.id.ActorId;
import java.util.List;

/**
 * A decision refused by segregation of duties, naming the person, the role that bars them and the rule, e.g.
 * {@code approver: alice is the requester of change CHG1 and may not approve it
 * [rule=requester-may-not-approve, value=alice]}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public class SegregationOfDutiesException extends ValidationException {
    private static final long serialVersionUID = 1L;

    /** The person refused. */
    private final String person;
    /** The role that bars them. */
    private final String role;
    /** The rule broken. */
    private final String rule;

    /**
     * Creates the exception.
     *
     * @param person who tried to decide
     * @param role the role that bars them, e.g. {@code "requester"}
     * @param rule the rule broken, e.g. {@code "requester-may-not-approve"}
     * @param message a sentence naming person, role and change
     */
    public SegregationOfDutiesException(ActorId person, String role, String rule, String message) {
        super(List.of(Violation.of("approver", rule, person, message)));
        this.person = person.value();
        this.role = role;
        this.rule = rule;
    }

    /**
     * Returns the person refused.
     *
     * @return the actor's identifier text
     */
    public String person() {
        return person;
    }

    /**
     * Returns the role that bars them.
     *
     * @return e.g. {@code "requester"}, {@code "implementer"}, {@code "delegate"}
     */
    public String role() {
        return role;
    }

    /**
     * Returns the rule broken.
     *
     * @return e.g. {@code "requester-may-not-approve"}
     */
    public String rule() {
        return rule;
    }
}
