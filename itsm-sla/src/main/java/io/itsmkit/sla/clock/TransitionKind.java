package io.itsmkit.sla.clock;

/** What happened to a clock at one of its {@link ClockTransition}s. */
public enum TransitionKind {
    /** The start condition held: cycle 1 began. */
    STARTED,
    /** The stop condition held: the clock stopped, met or breached. */
    STOPPED,
    /** The reset condition held: a new cycle began. */
    RESET,
    /** The cancel condition held. */
    CANCELLED,
    /** The pause condition held. */
    PAUSED,
    /** The resume condition held. */
    RESUMED,
    /** The ticket was reopened: the clock continues or starts a new cycle, as its reopen policy says. */
    REOPENED,
    /** The ticket's priority changed: the clock took the new target, as its priority change policy says. */
    PRIORITY_CHANGED
}
