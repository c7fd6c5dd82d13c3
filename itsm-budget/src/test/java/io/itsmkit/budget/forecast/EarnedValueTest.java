package io.itsmkit.budget.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EarnedValueTest {
    private static Money usd(String a) {
        return Money.parse("USD " + a);
    }

    private static void same(String expected, Optional<BigDecimal> actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.orElseThrow()), () -> expected + " vs " + actual);
    }

    /**
     * The worked example of the issue (PMI PMBOK formulas): BAC 100,000, PV 50,000, EV 40,000, AC 45,000.
     * CV = 40,000 - 45,000 = -5,000; SV = 40,000 - 50,000 = -10,000; CPI = 40,000 / 45,000 = 0.888...;
     * SPI = 40,000 / 50,000 = 0.8; EAC typical = BAC / CPI = 100,000 x 45,000 / 40,000 = 112,500; atypical
     * = 45,000 + 60,000 = 105,000; CPI x SPI = 45,000 + 60,000 / (0.888... x 0.8) = 45,000 + 60,000 x
     * 45,000 x 50,000 / 40,000^2 = 45,000 + 84,375 = 129,375; ETC = 112,500 - 45,000 = 67,500; VAC =
     * 100,000 - 112,500 = -12,500; TCPI to BAC = 60,000 / 55,000 = 1.0909...; to EAC = 60,000 / 67,500 =
     * 0.888...; 12 months / SPI = 15 months.
     */
    @Test
    void workedExample() {
        EarnedValue ev = EarnedValue.of(usd("100000.00"), usd("50000.00"), usd("40000.00"), usd("45000.00"));
        assertEquals(usd("-5000.00"), ev.cv());
        assertEquals(usd("-10000.00"), ev.sv());
        same("0.8888888888888888888888888888888889", ev.cpi());
        same("0.8", ev.spi());
        same("112500", ev.eac(EacMethod.TYPICAL));
        same("105000", ev.eac(EacMethod.ATYPICAL));
        same("129375", ev.eac(EacMethod.CPI_TIMES_SPI));
        same("67500", ev.etc(EacMethod.TYPICAL));
        same("60000", ev.etc(EacMethod.ATYPICAL));
        same("-12500", ev.vac(EacMethod.TYPICAL));
        same("1.090909090909090909090909090909091", ev.tcpi());
        same("0.8888888888888888888888888888888889", ev.tcpi(EacMethod.TYPICAL));
        same("15", ev.estimatedDuration(new BigDecimal("12")));
        assertEquals(usd("75000.00"), ev.eacBottomUp(usd("30000.00")));
        assertEquals(34, ev.cpi().orElseThrow().precision());
    }

    /**
     * The PMP textbook trap: BAC 4,000, EV 2,500, AC 2,800: CPI = 0.892857...; EAC = 4,000 x 2,800 / 2,500
     * = 4,480 exactly, where CPI rounded to 0.893 gives 4,000 / 0.893 = 4,479.28 -> 4,479.
     */
    @Test
    void nothingIsRoundedInBetween() {
        EarnedValue ev = EarnedValue.of(usd("4000.00"), usd("3000.00"), usd("2500.00"), usd("2800.00"));
        same("4480", ev.eac(EacMethod.TYPICAL));
        BigDecimal roundedCpi = ev.cpi().orElseThrow().setScale(3, RoundingMode.HALF_UP);
        assertEquals(new BigDecimal("0.893"), roundedCpi);
        assertEquals(new BigDecimal("4479"), new BigDecimal("4000").divide(roundedCpi, 0, RoundingMode.HALF_UP));
    }

    /** Zero divisors give empty results, never exceptions. */
    @Test
    void undefinedRatiosAreEmpty() {
        EarnedValue nothingYet = EarnedValue.of(usd("1000.00"), usd("0.00"), usd("0.00"), usd("0.00"));
        assertEquals(Optional.empty(), nothingYet.cpi());
        assertEquals(Optional.empty(), nothingYet.spi());
        assertEquals(Optional.empty(), nothingYet.eac(EacMethod.TYPICAL));
        assertEquals(Optional.empty(), nothingYet.eac(EacMethod.CPI_TIMES_SPI));
        assertEquals(Optional.empty(), nothingYet.etc(EacMethod.TYPICAL));
        assertEquals(Optional.empty(), nothingYet.vac(EacMethod.TYPICAL));
        assertEquals(Optional.empty(), nothingYet.tcpi(EacMethod.TYPICAL));
        assertEquals(Optional.empty(), nothingYet.estimatedDuration(BigDecimal.TEN));
        same("1000", nothingYet.eac(EacMethod.ATYPICAL));
        same("1", nothingYet.tcpi());
        // spent but nothing earned: CPI = 0, EAC typical divides by zero
        EarnedValue stuck = EarnedValue.of(usd("1000.00"), usd("500.00"), usd("0.00"), usd("300.00"));
        same("0", stuck.cpi());
        assertEquals(Optional.empty(), stuck.eac(EacMethod.TYPICAL));
        assertEquals(Optional.empty(), stuck.estimatedDuration(BigDecimal.TEN));
        // budget spent: TCPI to BAC divides by zero
        EarnedValue spent = EarnedValue.of(usd("1000.00"), usd("1000.00"), usd("800.00"), usd("1000.00"));
        assertEquals(Optional.empty(), spent.tcpi());
        // EAC equals AC: TCPI to EAC divides by zero (all work earned)
        EarnedValue done = EarnedValue.of(usd("1000.00"), usd("1000.00"), usd("1000.00"), usd("900.00"));
        assertEquals(Optional.empty(), done.tcpi(EacMethod.ATYPICAL));
    }

    @Test
    void precisionIsAtLeast34Digits() {
        EarnedValue ev = EarnedValue.of(usd("100.00"), usd("30.00"), usd("10.00"), usd("30.00"), new MathContext(50));
        assertEquals(50, ev.cpi().orElseThrow().precision());
        assertEquals(
                "min-precision",
                assertThrows(
                                ValidationException.class,
                                () -> EarnedValue.of(
                                        usd("1.00"), usd("1.00"), usd("1.00"), usd("1.00"), MathContext.DECIMAL64))
                        .violations()
                        .get(0)
                        .rule());
        assertThrows(
                ValidationException.class,
                () -> EarnedValue.of(usd("1.00"), usd("1.00"), usd("1.00"), usd("1.00"), MathContext.UNLIMITED));
        assertThrows(
                CurrencyMismatchException.class,
                () -> EarnedValue.of(usd("1.00"), Money.parse("EUR 1.00"), usd("1.00"), usd("1.00")));
        assertThrows(
                CurrencyMismatchException.class,
                () -> EarnedValue.of(usd("1.00"), usd("1.00"), Money.parse("EUR 1.00"), usd("1.00")));
        assertThrows(
                CurrencyMismatchException.class,
                () -> EarnedValue.of(usd("1.00"), usd("1.00"), usd("1.00"), Money.parse("EUR 1.00")));
        EarnedValue ok = EarnedValue.of(usd("1.00"), usd("2.00"), usd("3.00"), usd("4.00"));
        assertEquals(usd("1.00"), ok.bac());
        assertEquals(usd("2.00"), ok.pv());
        assertEquals(usd("3.00"), ok.ev());
        assertEquals(usd("4.00"), ok.ac());
        assertEquals("BAC USD 1.00, PV USD 2.00, EV USD 3.00, AC USD 4.00", ok.toString());
        assertEquals(
                "not-negative",
                assertThrows(ValidationException.class, () -> ok.estimatedDuration(BigDecimal.ONE.negate()))
                        .violations()
                        .get(0)
                        .rule());
        assertThrows(ValidationException.class, () -> ok.eac(null));
    }
}
