package io.itsmkit.core.archbad;

/** Uses java.util.Date instead of java.time. */
public class UsesDate {
    /** The legacy type. */
    public java.util.Date when = new java.util.Date(0);
}
