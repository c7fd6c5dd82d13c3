package io.itsmkit.change.approval;

import io.itsmkit.core.error.StateChangeRefusedException;
import io.itsmkit.core.id.ActorId;

/**
 * A decision refused by segregation of duties, naming the person, the role that bars them and the rule, e.g.
 * {@code change CHG1: ana is the requester of change CHG1 and may not approve it (rule:
 * requester-may-not-approve; nothing was changed)}. Nothing was changed.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public class SegregationOfDutiesException extends StateChangeRefusedException {
    private static final long serialVersionUID = 1L;

    /** The person refused. */
    private final String person;
    /** The role that bars them. */
    private final String role;

    /**
     * Creates the exception.
     *
     * @param subject the change, e.g. {@code "change CHG1"}
     * @param person who tried to decide
     * @param role the role that bars them, e.g. {@code "requester"}
     * @param rule the rule broken, e.g. {@code "requester-may-not-approve"}
     * @param reason a sentence naming person, role and change
     */
    public SegregationOfDutiesException(String subject, ActorId person, String role, String rule, String reason) {
        super(subject, rule, reason);
        this.person = String.valueOf(person);
        this.role = String.valueOf(role);
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
}
