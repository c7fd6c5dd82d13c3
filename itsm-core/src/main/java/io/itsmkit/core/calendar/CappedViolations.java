package io.itsmkit.core.calendar;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Collects violations like {@link Checks#collector()}, but lists at most {@value #LISTED}: a definition with
 * thousands of broken windows gives a readable exception, whose last violation (rule
 * {@code "more-violations"}) says how many more there are.
 */
final class CappedViolations {
    static final int LISTED = 20;

    private final Checks.Collector collector = Checks.collector();
    private int count;

    void require(boolean ok, String path, String rule, @Nullable Object offendingValue, String message) {
        if (!ok && ++count <= LISTED) {
            collector.require(false, path, rule, offendingValue, message);
        }
    }

    /**
     * Throws if any violation was recorded.
     *
     * @throws ValidationException with the first {@value #LISTED} violations and the count of the rest
     */
    void throwIfAny() {
        if (count > LISTED) {
            collector.require(
                    false,
                    "definition",
                    "more-violations",
                    count - LISTED,
                    (count - LISTED) + " more violations are not listed");
        }
        collector.throwIfAny();
    }
}
