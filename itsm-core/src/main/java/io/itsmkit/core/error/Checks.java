package io.itsmkit.core.error;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks that throw {@link ValidationException}s naming the field and the rule, plus a
 * collector that reports every violation at once.
 *
 * <p>All itsmkit modules validate through these methods, so every rule break has the same shape.
 *
 * <p>Implementation Requirements: stateless and thread-safe, except {@link Collector} instances,
 * which are meant for one validation on one thread.
 */
public final class Checks {
    private Checks() {}

    /**
     * Returns {@code value} if it is not {@code null}.
     *
     * @param value the value to check
     * @param path the field path named in the violation
     * @param <T> the value type
     * @return {@code value}
     * @throws ValidationException with rule {@code "required"} if {@code value} is {@code null}
     */
    public static <T> T notNull(@Nullable T value, String path) {
        if (value != null) {
            return value;
        }
        throw new ValidationException(path, "required", "null", "is required and must not be null");
    }

    /**
     * Returns {@code value} if it is not {@code null} and has a non-whitespace character.
     *
     * @param value the text to check
     * @param path the field path named in the violation
     * @return {@code value}
     * @throws ValidationException with rule {@code "required"} or {@code "not-blank"}
     */
    public static String notBlank(@Nullable String value, String path) {
        String v = notNull(value, path);
        if (v.isBlank()) {
            throw new ValidationException(path, "not-blank", "\"" + v + "\"", "must not be blank");
        }
        return v;
    }

    /**
     * Returns {@code value} if it is zero or more.
     *
     * @param value the number to check
     * @param path the field path named in the violation
     * @return {@code value}
     * @throws ValidationException with rule {@code "not-negative"}
     */
    public static long notNegative(long value, String path) {
        if (value < 0) {
            throw new ValidationException(path, "not-negative", value, "must be zero or more");
        }
        return value;
    }

    /**
     * Returns {@code value} if it is not {@code null} and not negative.
     *
     * @param value the duration to check
     * @param path the field path named in the violation
     * @return {@code value}
     * @throws ValidationException with rule {@code "required"} or {@code "not-negative"}
     */
    public static Duration notNegative(@Nullable Duration value, String path) {
        Duration v = notNull(value, path);
        if (v.isNegative()) {
            throw new ValidationException(path, "not-negative", v, "must be zero or more");
        }
        return v;
    }

    /**
     * Returns {@code value} if it is not {@code null}, not zero and not negative.
     *
     * @param value the duration to check
     * @param path the field path named in the violation
     * @return {@code value}
     * @throws ValidationException with rule {@code "required"} or {@code "positive"}
     */
    public static Duration positive(@Nullable Duration value, String path) {
        Duration v = notNull(value, path);
        if (v.isNegative() || v.isZero()) {
            throw new ValidationException(path, "positive", v, "must be more than zero");
        }
        return v;
    }

    /**
     * Starts collecting violations, to report every broken rule of a value at once.
     *
     * @return a new, empty collector
     */
    public static Collector collector() {
        return new Collector();
    }

    /** Gathers violations and throws them together. Not thread-safe: one per validation. */
    public static final class Collector {
        private final List<Violation> violations = new ArrayList<>();

        private Collector() {}

        /**
         * Records a violation unless {@code ok} holds.
         *
         * @param ok whether the rule holds
         * @param path the field path
         * @param rule the stable rule name
         * @param offendingValue the offending value
         * @param message a sentence for people
         * @return this collector
         */
        public Collector require(
                boolean ok, String path, String rule, @Nullable Object offendingValue, String message) {
            if (!ok) {
                violations.add(Violation.of(path, rule, offendingValue, message));
            }
            return this;
        }

        /**
         * Returns the violations gathered so far.
         *
         * @return an immutable copy
         */
        public ImmutableList<Violation> violations() {
            return ImmutableList.copyOf(violations);
        }

        /**
         * Throws if any violation was recorded.
         *
         * @throws ValidationException carrying every recorded violation
         */
        public void throwIfAny() {
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
        }
    }
}
