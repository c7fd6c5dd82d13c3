package io.itsmkit.core.ticket;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;

/**
 * Why a ticket waits: open data, so a host adds its own reasons next to the ITIL/ServiceNow defaults
 * ({@link #AWAITING_CALLER}, {@link #AWAITING_CHANGE}, {@link #AWAITING_PROBLEM}, {@link #AWAITING_VENDOR}).
 * SLA agreements name the reasons that pause their clocks, e.g. awaiting caller pauses and awaiting change
 * does not.
 *
 * <p>Reasons are equal when their codes are. A code is 1 to {@value #MAX_LENGTH} characters: lower-case
 * letters, digits and dashes, starting with a letter (e.g. {@code "awaiting-caller"}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param code the stable code, e.g. {@code "awaiting-caller"}
 */
public record OnHoldReason(String code) {
    /** The longest code accepted. */
    public static final int MAX_LENGTH = 64;

    /** Waiting for the caller's answer. */
    public static final OnHoldReason AWAITING_CALLER = new OnHoldReason("awaiting-caller");
    /** Waiting for a change to be implemented. */
    public static final OnHoldReason AWAITING_CHANGE = new OnHoldReason("awaiting-change");
    /** Waiting for a problem to be resolved. */
    public static final OnHoldReason AWAITING_PROBLEM = new OnHoldReason("awaiting-problem");
    /** Waiting for a supplier. */
    public static final OnHoldReason AWAITING_VENDOR = new OnHoldReason("awaiting-vendor");

    /**
     * Validates the code.
     *
     * @throws ValidationException if the code is null or not of the form above (rule {@code "code-format"})
     * @param code see {@link #code()}
     */
    public OnHoldReason {
        Checks.notNull(code, "onHoldReason.code");
        if (code.length() > MAX_LENGTH || !code.matches("[a-z][a-z0-9-]*")) {
            throw new ValidationException(
                    "onHoldReason.code",
                    "code-format",
                    code.length() > MAX_LENGTH ? code.length() + " characters" : "\"" + code + "\"",
                    "must be 1 to " + MAX_LENGTH + " lower-case letters, digits and dashes, starting with a letter");
        }
    }

    /**
     * Returns the reason with a code.
     *
     * @param code the code, e.g. {@code "awaiting-parts"}
     * @return the reason
     * @throws ValidationException if the code is null or malformed
     */
    public static OnHoldReason of(String code) {
        return new OnHoldReason(code);
    }

    /**
     * Returns the code.
     *
     * @return {@link #code()}
     */
    @Override
    public String toString() {
        return code;
    }
}
