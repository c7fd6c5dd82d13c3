package io.itsmkit.core.error;

import org.jspecify.annotations.Nullable;

/**
 * One broken rule: where ({@code path}), which rule, the offending value and a readable message.
 *
 * <p>{@code path} is a dotted field path such as {@code "matrix.cell[High,Low]"} or {@code "title"};
 * {@code rule} is a short stable rule name such as {@code "required"} or {@code "monotone-in-impact"}
 * that hosts may map to their own messages; {@code offendingValue} is the value as text
 * ({@code "null"} for a missing value).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param path the field path the rule applies to
 * @param rule the stable rule name
 * @param offendingValue the offending value rendered as text
 * @param message a sentence for people
 */
public record Violation(String path, String rule, String offendingValue, String message) {

    /**
     * Validates that every component is present.
     *
     * @throws ValidationException naming the component if one is null
     * @param path see {@link #path()}
     * @param rule see {@link #rule()}
     * @param offendingValue see {@link #offendingValue()}
     * @param message see {@link #message()}
     */
    public Violation {
        Checks.notNull(path, "violation.path");
        Checks.notNull(rule, "violation.rule");
        Checks.notNull(offendingValue, "violation.offendingValue");
        Checks.notNull(message, "violation.message");
    }

    /**
     * Creates a violation.
     *
     * @param path the field path
     * @param rule the stable rule name
     * @param offendingValue the offending value, rendered with {@link String#valueOf(Object)}
     * @param message a sentence for people
     * @return the violation
     */
    public static Violation of(String path, String rule, @Nullable Object offendingValue, String message) {
        return new Violation(path, rule, String.valueOf(offendingValue), message);
    }

    /**
     * Renders the violation as {@code path: message [rule=..., value=...]}.
     *
     * @return the rendering used in exception messages
     */
    @Override
    public String toString() {
        return path + ": " + message + " [rule=" + rule + ", value=" + offendingValue + "]";
    }
}
