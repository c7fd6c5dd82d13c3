package io.itsmkit.sla.clock;

/**
 * The stage of an SLA clock as of an instant. For a running or paused clock the first that applies wins:
 * {@link #BREACHED}, then {@link #PAUSED}, then {@link #OUTSIDE_WORKING_HOURS}, then {@link #RUNNING}. A
 * stopped clock is {@link #MET} or {@link #BREACHED}: breached means the elapsed working time is more than
 * the target; exactly the target is met.
 */
public enum Stage {
    /** The start condition has not held yet. */
    NOT_STARTED,
    /** Counting, inside working hours. */
    RUNNING,
    /** Paused: counting nothing until it resumes. */
    PAUSED,
    /** Running, but the instant is outside the calendar's working windows, so nothing accrues now. */
    OUTSIDE_WORKING_HOURS,
    /** Stopped within the target. */
    MET,
    /** More working time elapsed than the target: running or stopped. */
    BREACHED,
    /** Cancelled: counts neither as met nor as breached. */
    CANCELLED
}
