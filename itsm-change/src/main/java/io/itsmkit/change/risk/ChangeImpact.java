package io.itsmkit.change.risk;

/** The impact of a change if it goes wrong (ServiceNow's change {@code impact}: 1 High, 2 Medium, 3 Low). */
public enum ChangeImpact {
    /** 1 - High. */
    HIGH,
    /** 2 - Medium. */
    MEDIUM,
    /** 3 - Low. */
    LOW
}
