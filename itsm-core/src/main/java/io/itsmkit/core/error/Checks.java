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
     * Returns {@code value} if it lies in {@code [min, max]}.
     *
     * @param value the number to check
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @param path the field path named in the violation
     * @return {@code value}
     * @throws ValidationException with rule {@code "range"}
     */
    public static long inRange(long value, long min, long max, String path) {
        if (value < min || value > max) {
            throw new ValidationException(path, "range", value, "must be between " + min + " and " + max);
        }
        return value;
    }

    /**
     * Checks that an event changes something: both values present and different.
     *
     * @param from the value before
     * @param to the value after
     * @param path the field path of the event; violations name {@code path.from} or {@code path.to}
     * @throws ValidationException with rule {@code "required"} for a null value, or
     *     {@code "changes-something"} if the two are equal
     */
    public static void changes(@Nullable Object from, @Nullable Object to, String path) {
        notNull(from, path + ".from");
        if (notNull(to, path + ".to").equals(from)) {
            throw new ValidationException(
                    path + ".to", "changes-something", to, "must differ from the value before: nothing changed");
        }
    }

    /**
     * Returns an immutable copy of a list after checking that neither the list nor an element is null.
     *
     * @param values the list to check
     * @param path the field path named in the violation; an element is named {@code path[i]}
     * @param <T> the element type
     * @return an immutable copy, in the same order
     * @throws ValidationException with rule {@code "required"} naming the list or the first null element
     */
    public static <T> List<T> noNulls(@Nullable List<? extends @Nullable T> values, String path) {
        List<? extends @Nullable T> v = notNull(values, path);
        ImmutableList.Builder<T> copy = ImmutableList.builderWithExpectedSize(v.size());
        int i = 0;
        for (T element : v) {
            copy.add(notNull(element, path + "[" + i++ + "]"));
        }
        return copy.build();
    }

    /**
     * Starts collecting violations, to report every broken rule of a value at once.
     *
     * @return a new, empty collector
     */
    public static Collector collector() {
        return new Collector();
    }

    /**
     * Gathers violations and throws them together. At most {@link #MAX_REPORTED} are kept; the exception
     * then ends with one more violation (rule {@code "more-violations"}) saying how many were left out, so
     * a huge bad input never builds a huge message. Not thread-safe: one per validation.
     */
    public static final class Collector {
        /** The most violations one exception lists. */
        public static final int MAX_REPORTED = 100;

        private final List<Violation> violations = new ArrayList<>();
        private long more;

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
                if (violations.size() < MAX_REPORTED) {
                    violations.add(Violation.of(path, rule, offendingValue, message));
                } else {
                    more++;
                }
            }
            return this;
        }

        /**
         * Returns the violations gathered so far (at most {@link #MAX_REPORTED} of them).
         *
         * @return an immutable copy
         */
        public List<Violation> violations() {
            return ImmutableList.copyOf(violations);
        }

        /**
         * Throws if any violation was recorded.
         *
         * @throws ValidationException carrying every recorded violation
         */
        public void throwIfAny() {
            if (more > 0) {
                List<Violation> all = new ArrayList<>(violations);
                all.add(Violation.of(
                        "...", "more-violations", more, more + " more violations were found and not listed"));
                throw new ValidationException(all);
            }
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
        }
    }
}
