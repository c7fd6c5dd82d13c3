package io.itsmkit.core.error;

import org.jspecify.annotations.Nullable;

/**
 * A plug-in the host gave the library (a port it implements: a holiday source, a similarity, a calendar
 * resolver, an exchange-rate source) failed: it threw (the cause), or answered what its contract forbids
 * ({@code null}, a date far from the year asked). The request itself may be fine; the host's plug-in must be
 * fixed (HTTP 500 or 502, not 400).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public class HostFailureException extends ItsmException {
    private static final long serialVersionUID = 1L;

    /** Which plug-in failed, e.g. {@code "holidaySources[us-federal]"}. */
    private final String plugin;
    /** The stable name of the contract rule it broke, e.g. {@code "holiday-source"}. */
    private final String rule;

    /**
     * Creates the exception.
     *
     * @param plugin which plug-in failed, e.g. {@code "similarity"}
     * @param rule the stable name of the contract rule it broke
     * @param message what went wrong, naming the plug-in and the question it was asked
     * @param cause what the plug-in threw, or {@code null} for a bad answer
     */
    public HostFailureException(String plugin, String rule, String message, @Nullable Throwable cause) {
        super(String.valueOf(message) + " (plug-in: " + plugin + ", rule: " + rule + ")");
        if (cause != null) {
            initCause(cause);
        }
        this.plugin = String.valueOf(plugin);
        this.rule = String.valueOf(rule);
    }

    /**
     * Returns which plug-in failed.
     *
     * @return the plug-in's name, e.g. {@code "holidaySources[us-federal]"}
     */
    public String plugin() {
        return plugin;
    }

    /**
     * Returns the contract rule the plug-in broke.
     *
     * @return the rule name
     */
    public String rule() {
        return rule;
    }

    /**
     * Returns {@link ItsmException.Kind#HOST_FAILURE}.
     *
     * @return {@code HOST_FAILURE}
     */
    @Override
    public final Kind kind() {
        return Kind.HOST_FAILURE;
    }
}
