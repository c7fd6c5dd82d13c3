package io.itsmkit.core.id;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import org.immutables.value.Value;

/**
 * Base of every typed identifier ({@code TicketId}, {@code ConfigurationItemId}, ...): a non-blank
 * text of at most {@value #MAX_LENGTH} characters without control characters or surrounding spaces.
 *
 * <p>Two identifiers are equal when they are of the same type and have the same text, so a ticket id
 * never equals a team id with the same text. {@link #toString()} returns the bare text.
 *
 * <p>Implementation Requirements: subclasses are immutable and thread-safe.
 */
public abstract class Identifier implements Comparable<Identifier> {
    /** The longest identifier accepted, in characters. */
    public static final int MAX_LENGTH = 200;

    /** For subclasses. */
    protected Identifier() {}

    /**
     * Returns the identifier's text, as the host stores it.
     *
     * @return the text, never blank
     */
    @Value.Parameter
    public abstract String value();

    /** Rejects blank, over-long, padded or control-character identifiers. */
    @Value.Check
    protected void checkValue() {
        String path = kind();
        String v = value();
        if (v.isBlank()) {
            throw new ValidationException(path, "not-blank", "\"" + v + "\"", "must not be blank");
        }
        if (v.length() > MAX_LENGTH) {
            throw new ValidationException(
                    path, "max-length", v.length() + " characters", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!v.strip().equals(v) || v.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException(
                    path,
                    "no-padding-or-control-characters",
                    "\"" + v + "\"",
                    "must not start or end with spaces nor contain control characters");
        }
    }

    /**
     * Returns the identifier's kind, e.g. {@code "ticketId"}, as used in violation paths.
     *
     * @return the simple name of the identifier type, first letter in lower case
     */
    public final String kind() {
        Class<?> type = getClass();
        while (type.getSimpleName().startsWith("Immutable") && type.getSuperclass() != null) {
            type = type.getSuperclass();
        }
        String name = type.getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * Orders identifiers by kind, then by text, so sorted output is stable.
     *
     * @param other another identifier
     * @return the comparison result
     */
    @Override
    public int compareTo(Identifier other) {
        Checks.notNull(other, "other");
        int byKind = kind().compareTo(other.kind());
        return byKind != 0 ? byKind : value().compareTo(other.value());
    }

    /**
     * Returns the bare text.
     *
     * @return {@link #value()}
     */
    @Override
    public String toString() {
        return value();
    }
}
