package io.itsmkit.sla.ratio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RatioTest {

    // ServiceNow t_SLABreachCalculation: 99.995% rounded to two decimals shows 100% and used to breach.
    @Test
    void nearlyAllIsNotAll() {
        Ratio r = Ratio.of(99_995, 100_000);
        assertEquals(new BigDecimal("100.00"), r.toPercent(2, RoundingMode.HALF_UP));
        assertFalse(r.isAtLeast(Ratio.ONE));
        assertTrue(Ratio.ONE.isGreaterThan(r));
        assertEquals("99995/100000 (100.00%)", r.toString());
    }

    @Test
    void keepsWhatItWasGivenAndComparesByValue() {
        Ratio half = Ratio.of(2, 4);
        assertEquals(2, half.numerator());
        assertEquals(4, half.denominator());
        assertEquals(Ratio.of(1, 2), half);
        assertEquals(Ratio.of(1, 2).hashCode(), half.hashCode());
        assertNotEquals(Ratio.of(1, 3), half);
        assertNotEquals(half, "1/2");
        assertEquals(0, half.compareTo(Ratio.of(-3, 6).compareTo(half) < 0 ? Ratio.of(1, 2) : Ratio.ZERO));
        ValidationException e = assertThrows(ValidationException.class, () -> Ratio.of(1, 0));
        assertEquals("positive", e.violations().get(0).rule());
        assertThrows(ValidationException.class, () -> Ratio.of(1, -1));
        assertThrows(ValidationException.class, () -> half.compareTo(null));
        assertThrows(ValidationException.class, () -> half.toPercent(21, RoundingMode.UP));
        assertThrows(ValidationException.class, () -> half.toPercent(2, null));
    }

    @Test
    void comparisonIsExactEvenForExtremeValues() {
        qt().forAll(
                        longs().all(),
                        longs().between(1, Long.MAX_VALUE),
                        longs().all(),
                        longs().between(1, Long.MAX_VALUE))
                .check((a, b, c, d) -> {
                    int exact = BigInteger.valueOf(a)
                            .multiply(BigInteger.valueOf(d))
                            .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)));
                    return Integer.signum(Ratio.of(a, b).compareTo(Ratio.of(c, d))) == exact
                            && Ratio.of(a, b).equals(Ratio.of(c, d)) == (exact == 0);
                });
        assertTrue(Ratio.of(Long.MAX_VALUE, 1).isGreaterThan(Ratio.of(Long.MAX_VALUE - 1, 1)));
        assertTrue(Ratio.of(Long.MIN_VALUE, Long.MAX_VALUE).compareTo(Ratio.of(-1, 1)) < 0);
    }
}
