package io.itsmkit.sla.agreement;

/**
 * What a running or paused clock does when the ticket's priority changes, and so its target. The anchor
 * tools differ here: ServiceNow cancels and attaches a new SLA, optionally with a retroactive start; GLPI
 * always counts from creation; JSM re-selects goals.
 */
public enum PriorityChangePolicy {
    /**
     * The default: the working time elapsed so far counts against the new target from the change on. A
     * threshold or breach the new target makes already reached is reached at the change instant.
     */
    CARRY_OVER,
    /**
     * The clock starts a new cycle at the change instant with the new target, in the same pause state
     * (ServiceNow's cancel and re-attach); a breach before stays in {@code everBreached}.
     */
    RESTART,
    /**
     * As if the new target had held since the cycle began (ServiceNow's retroactive start): the original due,
     * the thresholds and a breach the new target makes already reached get the instants they would have had.
     */
    RETROACTIVE
}
