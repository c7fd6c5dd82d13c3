package io.itsmkit.budget.forecast;

import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.Decimals;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Earned-value management (PMI PMBOK) from the four base figures: budget at completion (BAC), planned
 * value (PV), earned value (EV) and actual cost (AC).
 *
 * <p>Guarantees: every figure is computed from the exact base figures with one final division, rounded
 * once to the {@link MathContext} (at least 34 significant digits; {@link Decimals#RATIO} by default), so
 * nothing is rounded in between: BAC 4,000, EV 2,500, AC 2,800 gives EAC 4,480 exactly, where a CPI
 * rounded to 0.893 would give 4,479. A figure whose divisor is zero (CPI with no actual cost, TCPI when
 * the budget is spent) is empty, never an exception.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class EarnedValue {
    private final Money bac;
    private final Money pv;
    private final Money ev;
    private final Money ac;
    private final MathContext context;

    private EarnedValue(Money bac, Money pv, Money ev, Money ac, MathContext context) {
        this.bac = bac;
        this.pv = pv;
        this.ev = ev;
        this.ac = ac;
        this.context = context;
    }

    /**
     * Returns the figures of a project or budget, computed to {@link Decimals#RATIO}.
     *
     * @param bac budget at completion
     * @param pv planned value to date
     * @param ev earned value to date
     * @param ac actual cost to date
     * @return the earned value figures
     * @throws ValidationException see {@link #of(Money, Money, Money, Money, MathContext)}
     */
    public static EarnedValue of(@Nullable Money bac, @Nullable Money pv, @Nullable Money ev, @Nullable Money ac) {
        return of(bac, pv, ev, ac, Decimals.RATIO);
    }

    /**
     * Returns the figures of a project or budget, computed to a given precision.
     *
     * @param bac budget at completion
     * @param pv planned value to date
     * @param ev earned value to date
     * @param ac actual cost to date
     * @param context the precision of every ratio, at least 34 digits
     * @return the earned value figures
     * @throws ValidationException with rule {@code "min-precision"} for a context below 34 digits (or
     *     unlimited, which cannot divide 1 by 3), a {@link CurrencyMismatchException}, or {@code "required"}
     */
    public static EarnedValue of(
            @Nullable Money bac,
            @Nullable Money pv,
            @Nullable Money ev,
            @Nullable Money ac,
            @Nullable MathContext context) {
        Money b = Checks.notNull(bac, "bac");
        Money p = Checks.notNull(pv, "pv");
        Money e = Checks.notNull(ev, "ev");
        Money a = Checks.notNull(ac, "ac");
        MathContext c = Checks.notNull(context, "context");
        CurrencyMismatchException.requireSame("pv", b.currency(), p.currency());
        CurrencyMismatchException.requireSame("ev", b.currency(), e.currency());
        CurrencyMismatchException.requireSame("ac", b.currency(), a.currency());
        if (c.getPrecision() < Decimals.RATIO.getPrecision()) {
            throw new ValidationException(
                    "context", "min-precision", c, "must keep at least 34 significant digits and not be unlimited");
        }
        return new EarnedValue(b, p, e, a, c);
    }

    /**
     * Returns the budget at completion.
     *
     * @return BAC
     */
    public Money bac() {
        return bac;
    }

    /**
     * Returns the planned value.
     *
     * @return PV
     */
    public Money pv() {
        return pv;
    }

    /**
     * Returns the earned value.
     *
     * @return EV
     */
    public Money ev() {
        return ev;
    }

    /**
     * Returns the actual cost.
     *
     * @return AC
     */
    public Money ac() {
        return ac;
    }

    /**
     * Returns the cost variance.
     *
     * @return {@code CV = EV - AC}; negative means over budget
     */
    public Money cv() {
        return ev.minus(ac);
    }

    /**
     * Returns the schedule variance.
     *
     * @return {@code SV = EV - PV}; negative means behind schedule
     */
    public Money sv() {
        return ev.minus(pv);
    }

    /**
     * Returns the cost performance index.
     *
     * @return {@code CPI = EV / AC}, or empty when AC is zero
     */
    public Optional<BigDecimal> cpi() {
        return cpiFraction().value(context);
    }

    /**
     * Returns the schedule performance index.
     *
     * @return {@code SPI = EV / PV}, or empty when PV is zero
     */
    public Optional<BigDecimal> spi() {
        return spiFraction().value(context);
    }

    /**
     * Returns the estimate at completion.
     *
     * @param method how the rest of the work is forecast
     * @return EAC, or empty when the method divides by zero: {@link EacMethod#TYPICAL} needs a non-zero
     *     CPI (EV and AC not zero), {@link EacMethod#CPI_TIMES_SPI} a non-zero CPI x SPI (EV, AC and PV not
     *     zero); {@link EacMethod#ATYPICAL} is always defined
     * @throws ValidationException with rule {@code "required"} if null
     */
    public Optional<BigDecimal> eac(@Nullable EacMethod method) {
        return eacFraction(Checks.notNull(method, "method")).flatMap(f -> f.value(context));
    }

    /**
     * Returns the bottom-up estimate at completion: the actual cost plus a re-estimate of the rest.
     *
     * @param estimateToComplete the bottom-up estimate of the remaining cost
     * @return {@code AC + ETC}, exact
     * @throws CurrencyMismatchException if the estimate is in another currency
     */
    public Money eacBottomUp(@Nullable Money estimateToComplete) {
        return ac.plus(Checks.notNull(estimateToComplete, "estimateToComplete"));
    }

    /**
     * Returns the estimate to complete.
     *
     * @param method how EAC is forecast
     * @return {@code ETC = EAC - AC}, or empty when EAC is
     * @throws ValidationException with rule {@code "required"} if null
     */
    public Optional<BigDecimal> etc(@Nullable EacMethod method) {
        return eacFraction(Checks.notNull(method, "method"))
                .flatMap(f -> f.minus(exact(ac)).value(context));
    }

    /**
     * Returns the variance at completion.
     *
     * @param method how EAC is forecast
     * @return {@code VAC = BAC - EAC}, negative for an expected overrun, or empty when EAC is
     * @throws ValidationException with rule {@code "required"} if null
     */
    public Optional<BigDecimal> vac(@Nullable EacMethod method) {
        return eacFraction(Checks.notNull(method, "method"))
                .flatMap(f -> exact(bac).minus(f).value(context));
    }

    /**
     * Returns the to-complete performance index needed to finish within the budget.
     *
     * @return {@code TCPI = (BAC - EV) / (BAC - AC)}, above 1 when the rest must be done more
     *     efficiently, or empty when the budget is spent ({@code BAC = AC})
     */
    public Optional<BigDecimal> tcpi() {
        return new Fraction(bac.minus(ev).amount(), bac.minus(ac).amount()).value(context);
    }

    /**
     * Returns the to-complete performance index needed to finish within an estimate at completion.
     *
     * @param method how EAC is forecast
     * @return {@code TCPI = (BAC - EV) / (EAC - AC)}, or empty when EAC is or equals AC
     * @throws ValidationException with rule {@code "required"} if null
     */
    public Optional<BigDecimal> tcpi(@Nullable EacMethod method) {
        return eacFraction(Checks.notNull(method, "method"))
                .flatMap(f -> exact(bac.minus(ev)).dividedBy(f.minus(exact(ac))).value(context));
    }

    /**
     * Returns the time-based estimate at completion: the planned duration divided by SPI.
     *
     * @param plannedDuration the planned duration in any unit (12 months, 260 working days)
     * @return {@code plannedDuration / SPI} in the same unit, or empty when SPI is undefined or zero
     * @throws ValidationException with rule {@code "not-negative"} or a rule of {@link Decimals#bounded}
     */
    public Optional<BigDecimal> estimatedDuration(@Nullable BigDecimal plannedDuration) {
        BigDecimal d = Decimals.notNegative(plannedDuration, "plannedDuration");
        Fraction spi = spiFraction();
        return spi.isDefined() ? Fraction.of(d).dividedBy(spi).value(context) : Optional.empty();
    }

    private Fraction cpiFraction() {
        return new Fraction(ev.amount(), ac.amount());
    }

    private Fraction spiFraction() {
        return new Fraction(ev.amount(), pv.amount());
    }

    private static Fraction exact(Money m) {
        return Fraction.of(m.amount());
    }

    /** EAC as an exact fraction, or empty when the method divides by zero. */
    private Optional<Fraction> eacFraction(EacMethod method) {
        Fraction remaining = exact(bac.minus(ev));
        return switch (method) {
            case ATYPICAL -> Optional.of(exact(ac).plus(remaining));
            case TYPICAL -> {
                Fraction cpi = cpiFraction();
                yield cpi.isDefined() && cpi.numerator().signum() != 0
                        ? Optional.of(exact(bac).dividedBy(cpi))
                        : Optional.empty();
            }
            case CPI_TIMES_SPI -> {
                Fraction index = cpiFraction().times(spiFraction());
                yield index.isDefined() && index.numerator().signum() != 0
                        ? Optional.of(exact(ac).plus(remaining.dividedBy(index)))
                        : Optional.empty();
            }
        };
    }

    @Override
    public String toString() {
        return "BAC " + bac + ", PV " + pv + ", EV " + ev + ", AC " + ac;
    }
}
