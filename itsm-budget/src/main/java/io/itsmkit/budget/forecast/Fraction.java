package io.itsmkit.budget.forecast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** An exact quotient kept as numerator and denominator, so a chain of ratios is divided once. */
record Fraction(BigDecimal numerator, BigDecimal denominator) {

    static Fraction of(BigDecimal value) {
        return new Fraction(value, BigDecimal.ONE);
    }

    Fraction plus(Fraction o) {
        if (denominator.compareTo(o.denominator) == 0) {
            return new Fraction(numerator.add(o.numerator), denominator);
        }
        return new Fraction(
                numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator));
    }

    Fraction minus(Fraction o) {
        return plus(new Fraction(o.numerator.negate(), o.denominator));
    }

    Fraction times(Fraction o) {
        return new Fraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    Fraction dividedBy(Fraction o) {
        return new Fraction(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
    }

    boolean isDefined() {
        return denominator.signum() != 0;
    }

    /** The value rounded once to the context, or empty for a zero denominator. */
    Optional<BigDecimal> value(MathContext context) {
        return isDefined() ? Optional.of(numerator.divide(denominator, context)) : Optional.empty();
    }
}
