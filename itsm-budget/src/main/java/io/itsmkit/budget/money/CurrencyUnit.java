package io.itsmkit.budget.money;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An ISO 4217 currency and its scale: the number of digits after the decimal point of its minor unit
 * (JPY 0, EUR 2, BHD 3, CLF 4).
 *
 * <p>The scale comes from {@link java.util.Currency#getDefaultFractionDigits()}. For a code the running JDK
 * does not know, it comes from {@link #OVERRIDES}, a table of ISO 4217 currencies that some JDKs lack
 * (UYW, the Uruguayan "unidad previsional" with 4 digits, is missing from JDK 17 and 25). Currencies
 * without a minor unit (XAU, XXX and the other funds and metals whose JDK digits are -1) are refused:
 * budgets cannot be kept in them.
 *
 * <p>Two units are equal when their codes are equal.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class CurrencyUnit implements Comparable<CurrencyUnit> {
    /**
     * ISO 4217 codes and their minor-unit digits (source: the ISO 4217 list of current currencies), used
     * only when the running JDK does not know the code: UYW is missing from JDK 17 and 25; VED, SLE, ZWG
     * and XCG were added to the list recently and are missing from older JDK builds.
     */
    public static final Map<String, Integer> OVERRIDES = Map.of("UYW", 4, "VED", 2, "SLE", 2, "ZWG", 2, "XCG", 2);

    /** The euro, 2 digits. */
    public static final CurrencyUnit EUR = of("EUR");
    /** The US dollar, 2 digits. */
    public static final CurrencyUnit USD = of("USD");
    /** The pound sterling, 2 digits. */
    public static final CurrencyUnit GBP = of("GBP");
    /** The Swiss franc, 2 digits (cash in steps of 0.05: see the allocation package). */
    public static final CurrencyUnit CHF = of("CHF");
    /** The yen, 0 digits. */
    public static final CurrencyUnit JPY = of("JPY");

    private final String code;
    private final int scale;

    private CurrencyUnit(String code, int scale) {
        this.code = code;
        this.scale = scale;
    }

    /**
     * Returns the unit of an ISO 4217 code, from the JDK or, failing that, from {@link #OVERRIDES}.
     *
     * @param currency the ISO code: three upper-case letters, e.g. {@code "EUR"}
     * @return the unit
     * @throws ValidationException with rule {@code "iso-4217"} if the code is not three letters A-Z or is
     *     unknown, {@code "minor-unit"} if the currency has no minor unit, {@code "required"} if null
     */
    public static CurrencyUnit of(@Nullable String currency) {
        String c = Checks.notNull(currency, "currency");
        if (!c.matches("[A-Z]{3}")) {
            throw new ValidationException("currency", "iso-4217", c, "must be three upper-case letters A-Z");
        }
        Integer digits = jdkDigits(c);
        if (digits == null) {
            digits = OVERRIDES.get(c);
        }
        if (digits == null) {
            throw new ValidationException(
                    "currency", "iso-4217", c, "is not an ISO 4217 currency known to the JDK or the override table");
        }
        if (digits < 0) {
            throw new ValidationException(
                    "currency",
                    "minor-unit",
                    c,
                    "has no minor unit (a fund, metal or test code): keep budgets in a currency");
        }
        return new CurrencyUnit(c, digits);
    }

    /**
     * Returns the unit of a JDK currency.
     *
     * @param currency the currency
     * @return the unit with the currency's code and default fraction digits
     * @throws ValidationException with rule {@code "minor-unit"} if it has no minor unit, {@code "required"}
     *     if null
     */
    public static CurrencyUnit of(@Nullable Currency currency) {
        return of(Checks.notNull(currency, "currency").getCurrencyCode());
    }

    private static @Nullable Integer jdkDigits(String code) {
        try {
            return Currency.getInstance(code).getDefaultFractionDigits();
        } catch (IllegalArgumentException unknownToThisJdk) {
            return null;
        }
    }

    /**
     * Returns the ISO 4217 code.
     *
     * @return three upper-case letters
     */
    public String code() {
        return code;
    }

    /**
     * Returns the number of digits after the decimal point of the minor unit.
     *
     * @return 0 to 4
     */
    public int scale() {
        return scale;
    }

    /**
     * Returns the JDK's {@link Currency} for this code, if the running JDK knows it.
     *
     * @return the JDK currency, or empty for a code known only from {@link #OVERRIDES}
     */
    public Optional<Currency> toCurrency() {
        return jdkDigits(code) == null ? Optional.empty() : Optional.of(Currency.getInstance(code));
    }

    /**
     * Orders units by code.
     *
     * @param other another unit
     * @return the comparison of the codes
     * @throws ValidationException with rule {@code "required"} if {@code other} is null
     */
    @Override
    public int compareTo(CurrencyUnit other) {
        return code.compareTo(Checks.notNull(other, "other").code);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CurrencyUnit u && u.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the code.
     *
     * @return e.g. {@code "EUR"}
     */
    @Override
    public String toString() {
        return code;
    }
}
