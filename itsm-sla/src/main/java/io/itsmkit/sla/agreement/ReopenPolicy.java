package io.itsmkit.sla.agreement;

/**
 * What a stopped clock does when its ticket is reopened (resolved back to in progress) and its stop condition
 * no longer holds.
 */
public enum ReopenPolicy {
    /** The same cycle continues from the reopen instant; a breach stays. */
    RESUME,
    /** A new cycle starts at the reopen instant with elapsed time zero; {@code everBreached} is kept. */
    NEW_CYCLE
}
