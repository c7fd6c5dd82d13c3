package io.itsmkit.budget.money;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;

/**
 * Two amounts in different currencies met where one currency is required (adding EUR to USD, comparing
 * them, allocating a EUR cost in USD cash steps). The violation has rule {@code "same-currency"} and names
 * both currencies; convert first with a {@link io.itsmkit.budget.conversion.CurrencyConverter}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public class CurrencyMismatchException extends ValidationException {
    private static final long serialVersionUID = 1L;

    /** The currency expected. */
    private final CurrencyUnit expected;
    /** The currency found. */
    private final CurrencyUnit actual;

    /**
     * Creates the exception.
     *
     * @param path the field path of the amount in the wrong currency
     * @param expected the currency required there
     * @param actual the currency found
     */
    public CurrencyMismatchException(String path, CurrencyUnit expected, CurrencyUnit actual) {
        super(
                Checks.notNull(path, "path"),
                "same-currency",
                Checks.notNull(actual, "actual").code(),
                "is in " + actual.code() + " where "
                        + Checks.notNull(expected, "expected").code()
                        + " is required: amounts in different currencies cannot be combined without a conversion");
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * Throws unless two currencies are the same.
     *
     * @param path the field path of the amount checked
     * @param expected the currency required
     * @param actual the currency found
     * @throws CurrencyMismatchException if they differ
     * @throws ValidationException with rule {@code "required"} if an argument is null
     */
    public static void requireSame(String path, CurrencyUnit expected, CurrencyUnit actual) {
        if (!Checks.notNull(actual, "actual").equals(Checks.notNull(expected, "expected"))) {
            throw new CurrencyMismatchException(path, expected, actual);
        }
    }

    /**
     * Returns the currency required.
     *
     * @return the expected unit
     */
    public CurrencyUnit expected() {
        return expected;
    }

    /**
     * Returns the currency found.
     *
     * @return the actual unit
     */
    public CurrencyUnit actual() {
        return actual;
    }
}
