package io.itsmkit.core.ticket;

/**
 * The states of a problem (ServiceNow: New 101 to Closed 107). Allowed moves are in
 * {@link Lifecycles#PROBLEM}.
 */
public enum ProblemState {
    /** Logged. */
    NEW,
    /** Being assessed: is it a real problem, who owns it. */
    ASSESS,
    /** Root cause analysis under way. */
    ROOT_CAUSE_ANALYSIS,
    /** A fix is being made. */
    FIX_IN_PROGRESS,
    /** Resolved with a fix applied or the risk accepted. */
    RESOLVED,
    /** Final, with a {@link ProblemResolution}. */
    CLOSED
}
