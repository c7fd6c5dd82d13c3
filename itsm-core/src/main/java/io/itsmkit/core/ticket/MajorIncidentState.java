package io.itsmkit.core.ticket;

/**
 * Where an incident stands as a major incident candidate. Allowed moves are in
 * {@link Lifecycles#MAJOR_INCIDENT}.
 */
public enum MajorIncidentState {
    /** Not a major incident candidate. */
    NONE,
    /** Proposed as a major incident, by a person or by a {@link MajorIncidentRule}. */
    PROPOSED,
    /** Accepted: handled by the major incident procedure, never auto-closed. */
    ACCEPTED,
    /** Proposal rejected: handled as a normal incident. */
    REJECTED
}
