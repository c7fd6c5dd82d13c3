package io.itsmkit.change.metrics;

/** How a change turned out (ServiceNow's close codes). */
public enum ChangeOutcome {
    /** Successful. */
    SUCCESSFUL,
    /** Successful, with issues. */
    SUCCESSFUL_WITH_ISSUES,
    /** Unsuccessful: the change failed. */
    FAILED
}
