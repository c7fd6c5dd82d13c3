package io.itsmkit.budget.conversion;

import io.itsmkit.budget.conversion.spi.ExchangeRateSource;
import io.itsmkit.budget.money.CurrencyUnit;
import io.itsmkit.budget.money.ExchangeRate;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Converts money with the host's dated rates: a direct rate, the inverse of the opposite rate, or a cross
 * rate through a base currency (the currency the source publishes against, e.g. EUR for ECB rates).
 *
 * <p>Guarantees: the rates are never rounded. A conversion computes {@code amount x (rates multiplied) /
 * (rates divided)} exactly and rounds once, to the target currency's scale, with the caller's
 * {@link RoundingMode}. The direct rate wins over the inverse, and both over a cross rate.
 *
 * <p>Implementation Requirements: immutable and thread-safe if the source is.
 */
public final class CurrencyConverter {
    private final ExchangeRateSource source;
    private final CurrencyUnit base;

    private CurrencyConverter(ExchangeRateSource source, CurrencyUnit base) {
        this.source = source;
        this.base = base;
    }

    /**
     * Returns a converter over a rate source.
     *
     * @param source the host's rates
     * @param base the currency cross rates go through
     * @return the converter
     * @throws ValidationException with rule {@code "required"} if an argument is null
     */
    public static CurrencyConverter of(@Nullable ExchangeRateSource source, @Nullable CurrencyUnit base) {
        return new CurrencyConverter(Checks.notNull(source, "source"), Checks.notNull(base, "base"));
    }

    /**
     * Converts an amount with the rates that apply on a day.
     *
     * @param money the amount
     * @param to the target currency; the same currency returns {@code money} unchanged
     * @param date the day whose rates apply
     * @param rounding how to round the exact result, once, to the target's scale
     * @return the converted amount
     * @throws ValidationException with rule {@code "no-rate"} if neither a direct, an inverse nor a cross
     *     rate is known, {@code "exchange-rate-source"} if the source answered with a rate for another pair
     *     or a later day, or {@code "required"}
     */
    public Money convert(
            @Nullable Money money,
            @Nullable CurrencyUnit to,
            @Nullable LocalDate date,
            @Nullable RoundingMode rounding) {
        Money m = Checks.notNull(money, "money");
        CurrencyUnit target = Checks.notNull(to, "to");
        LocalDate d = Checks.notNull(date, "date");
        RoundingMode r = Checks.notNull(rounding, "rounding");
        CurrencyUnit from = m.currency();
        if (from.equals(target)) {
            return m;
        }
        BigDecimal[] leg = leg(from, target, d);
        if (leg == null && !from.equals(base) && !target.equals(base)) {
            BigDecimal[] first = leg(from, base, d);
            BigDecimal[] second = first == null ? null : leg(base, target, d);
            if (first != null && second != null) {
                leg = new BigDecimal[] {first[0].multiply(second[0]), first[1].multiply(second[1])};
            }
        }
        if (leg == null) {
            throw new ValidationException(
                    "to",
                    "no-rate",
                    from + "/" + target + " on " + d,
                    "has no direct, inverse or cross rate via " + base);
        }
        return Money.ofQuotient(m.amount().multiply(leg[0]), leg[1], target, r);
    }

    /** The exact rate from -> to as {numerator, denominator}, or null. */
    private BigDecimal @Nullable [] leg(CurrencyUnit from, CurrencyUnit to, LocalDate date) {
        Optional<ExchangeRate> direct = ask(from, to, date);
        if (direct.isPresent()) {
            return new BigDecimal[] {direct.get().rate(), BigDecimal.ONE};
        }
        Optional<ExchangeRate> inverse = ask(to, from, date);
        return inverse.map(x -> new BigDecimal[] {BigDecimal.ONE, x.rate()}).orElse(null);
    }

    private Optional<ExchangeRate> ask(CurrencyUnit from, CurrencyUnit to, LocalDate date) {
        Optional<ExchangeRate> answer = Checks.notNull(source.find(from, to, date), "source.find");
        if (answer.isPresent()) {
            ExchangeRate x = answer.get();
            if (!x.from().equals(from) || !x.to().equals(to) || x.date().isAfter(date)) {
                throw new ValidationException(
                        "source.find",
                        "exchange-rate-source",
                        x,
                        "answered a question about " + from + "/" + to + " on " + date
                                + " with another pair or a later day: the ExchangeRateSource breaks its contract");
            }
        }
        return answer;
    }
}
