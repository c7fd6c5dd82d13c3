package io.itsmkit.change.risk;

/**
 * How likely a change is to succeed (ServiceNow's success probability bands), from the track record or
 * judgement.
 */
public enum SuccessProbability {
    /** Likely to succeed. */
    HIGH,
    /** May fail. */
    MEDIUM,
    /** Likely to fail. */
    LOW
}
