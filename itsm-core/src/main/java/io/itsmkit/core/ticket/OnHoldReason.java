package io.itsmkit.core.ticket;

/** Why a ticket waits (ServiceNow's four on-hold reasons). */
public enum OnHoldReason {
    /** Waiting for the caller's answer. */
    AWAITING_CALLER,
    /** Waiting for a change to be implemented. */
    AWAITING_CHANGE,
    /** Waiting for a problem to be resolved. */
    AWAITING_PROBLEM,
    /** Waiting for a supplier. */
    AWAITING_VENDOR
}
