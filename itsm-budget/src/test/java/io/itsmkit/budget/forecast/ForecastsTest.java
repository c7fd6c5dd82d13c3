package io.itsmkit.budget.forecast;

import static io.itsmkit.budget.BadInput.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForecastsTest {
    private static List<BigDecimal> n(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static List<Money> eur(String... amounts) {
        return Arrays.stream(amounts).map(a -> Money.parse("EUR " + a)).toList();
    }

    /**
     * Microsoft's FORECAST.LINEAR example: x = 30, known_y = 6, 7, 9, 15, 21, known_x = 20, 28, 31, 38, 40
     * gives 10.607253. By hand: n = 5, Sx = 157, Sy = 58, Sxx = 5189, Sxy = 2005; slope = (5 x 2005 - 157 x
     * 58) / (5 x 5189 - 157^2) = 919 / 1296; intercept = (58 - 919/1296 x 157) / 5 = -69115 / 6480;
     * at 30: -69115/6480 + 27570/1296 = 68735 / 6480 = 10.60725308641975308641975308641975...
     */
    @Test
    void forecastLinearSpreadsheetExample() {
        LinearTrend t = LinearTrend.fit(n("20", "28", "31", "38", "40"), n("6", "7", "9", "15", "21"));
        assertEquals(
                new BigDecimal("10.60725308641975308641975308641975"),
                t.forecast(new BigDecimal("30")).orElseThrow());
        assertEquals(
                0,
                new BigDecimal("919")
                        .divide(new BigDecimal("1296"), 34, RoundingMode.HALF_EVEN)
                        .compareTo(t.slope().orElseThrow().setScale(34, RoundingMode.HALF_EVEN)));
        assertEquals(
                new BigDecimal("-10.66589506172839506172839506172840"),
                t.intercept().orElseThrow());
        assertTrue(t.isDefined());
    }

    @Test
    void aVerticalLineHasNoForecast() {
        LinearTrend t = LinearTrend.fit(n("3", "3"), n("1", "2"));
        assertFalse(t.isDefined());
        assertEquals(Optional.empty(), t.forecast(BigDecimal.ONE));
        assertEquals(Optional.empty(), t.slope());
        assertEquals(Optional.empty(), LinearTrend.fit(n("1"), n("1")).forecast(BigDecimal.ONE));
        assertEquals(
                "same-size",
                assertThrows(ValidationException.class, () -> LinearTrend.fit(n("1", "2"), n("1")))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals(
                "not-empty",
                assertThrows(ValidationException.class, () -> LinearTrend.fit(n(), n()))
                        .violations()
                        .get(0)
                        .rule());
    }

    /** Run rate: year to date x 12 / months elapsed: 330 x 12 / 3 = 1320. */
    @Test
    void runRate() {
        assertEquals(
                Money.parse("EUR 1320.00"),
                Forecasts.runRate(eur("100.00", "110.00", "120.00"), 12, RoundingMode.HALF_EVEN));
        // 100.00 in one month of a 13-period year: 1300.00; 100.00 over 7 days of 365: 100 x 365 / 7 = 5214.2857 ->
        // 5214.29
        assertEquals(Money.parse("EUR 1300.00"), Forecasts.runRate(eur("100.00"), 13, RoundingMode.HALF_EVEN));
        assertEquals(
                Money.parse("EUR 5214.29"),
                Forecasts.runRate(
                        eur("10.00", "20.00", "10.00", "20.00", "10.00", "20.00", "10.00"),
                        365,
                        RoundingMode.HALF_EVEN));
    }

    /**
     * Actuals 100, 110, 120 for three months of twelve. Run rate: 330 + 110 x 9 = 1320. Linear trend:
     * slope 10, intercept 90, so months 4..12 cost 130..210, nine months averaging 170: 1530; total 1860.
     */
    @Test
    void projectedTotals() {
        List<Money> q1 = eur("100.00", "110.00", "120.00");
        assertEquals(
                Optional.of(Money.parse("EUR 1320.00")),
                Forecasts.projectedTotal(q1, 12, ForecastMethod.RUN_RATE, RoundingMode.HALF_EVEN));
        assertEquals(
                Optional.of(Money.parse("EUR 1860.00")),
                Forecasts.projectedTotal(q1, 12, ForecastMethod.LINEAR_TREND, RoundingMode.HALF_EVEN));
        assertEquals(
                Optional.of(Money.parse("EUR 330.00")),
                Forecasts.projectedTotal(q1, 3, ForecastMethod.LINEAR_TREND, RoundingMode.HALF_EVEN));
        assertEquals(
                Optional.empty(),
                Forecasts.projectedTotal(eur("100.00"), 12, ForecastMethod.LINEAR_TREND, RoundingMode.HALF_EVEN));
        // actuals 100, 0, 0: slope (3 x 100 - 6 x 100) / (3 x 14 - 36) = -50, intercept (100 + 300) / 3 = 400/3;
        // months 4..6: sum of (400/3 - 50k) = 400 - 50 x 15 = -350; total 100 - 350 = -250.00
        assertEquals(
                Optional.of(Money.parse("EUR -250.00")),
                Forecasts.projectedTotal(
                        eur("100.00", "0.00", "0.00"), 6, ForecastMethod.LINEAR_TREND, RoundingMode.HALF_EVEN));
        // one rounding at the end: actuals 10.00, 10.01 over 3 periods: slope 0.01, next 10.02; total 30.03
        assertEquals(
                Optional.of(Money.parse("EUR 30.03")),
                Forecasts.projectedTotal(
                        eur("10.00", "10.01"), 3, ForecastMethod.LINEAR_TREND, RoundingMode.UNNECESSARY));
        // run rate 10.00 over 3 of 4 periods: 10 + 10/3 = 13.333... -> 13.33
        assertEquals(
                Optional.of(Money.parse("EUR 13.33")),
                Forecasts.projectedTotal(
                        eur("3.00", "3.00", "4.00"), 4, ForecastMethod.RUN_RATE, RoundingMode.HALF_EVEN));
    }

    /** FinOps forecast accuracy: (1 - |actual - forecast| / actual) x 100: 1000 vs 880 -> 88%. */
    @Test
    void accuracy() {
        assertEquals(
                0,
                new BigDecimal("88")
                        .compareTo(Forecasts.accuracy(Money.parse("EUR 1000.00"), Money.parse("EUR 880.00"))
                                .orElseThrow()));
        assertEquals(
                0,
                new BigDecimal("88")
                        .compareTo(Forecasts.accuracy(Money.parse("EUR 1000.00"), Money.parse("EUR 1120.00"))
                                .orElseThrow()));
        assertEquals(
                0,
                new BigDecimal("-50")
                        .compareTo(Forecasts.accuracy(Money.parse("EUR 100.00"), Money.parse("EUR 250.00"))
                                .orElseThrow()));
        assertEquals(
                0,
                new BigDecimal("90")
                        .compareTo(Forecasts.accuracy(Money.parse("EUR -100.00"), Money.parse("EUR -110.00"))
                                .orElseThrow()));
        assertEquals(Optional.empty(), Forecasts.accuracy(Money.parse("EUR 0.00"), Money.parse("EUR 1.00")));
        assertThrows(
                CurrencyMismatchException.class,
                () -> Forecasts.accuracy(Money.parse("EUR 1.00"), Money.parse("USD 1.00")));
    }

    @Test
    void badInputIsNamed() {
        assertEquals("not-empty", rule(() -> Forecasts.runRate(List.of(), 12, RoundingMode.HALF_EVEN)));
        assertEquals("periods-per-year", rule(() -> Forecasts.runRate(eur("1.00"), 0, RoundingMode.HALF_EVEN)));
        assertEquals(
                "periods-per-year",
                rule(() -> Forecasts.runRate(eur("1.00"), Integer.MAX_VALUE, RoundingMode.HALF_EVEN)));
        assertEquals(
                "not-more-actuals-than-periods",
                rule(() -> Forecasts.projectedTotal(
                        eur("1.00", "2.00"), 1, ForecastMethod.RUN_RATE, RoundingMode.HALF_EVEN)));
        assertThrows(
                CurrencyMismatchException.class,
                () -> Forecasts.trend(List.of(Money.parse("EUR 1.00"), Money.parse("USD 1.00"))));
        assertEquals("required", rule(() -> Forecasts.projectedTotal(eur("1.00"), 12, null, RoundingMode.HALF_EVEN)));
    }

    @Test
    void periodBoundsAreExact() {
        assertEquals(Money.parse("EUR 366.00"), Forecasts.runRate(eur("1.00"), 366, RoundingMode.HALF_EVEN));
        assertEquals(Money.parse("EUR 1.00"), Forecasts.runRate(eur("1.00"), 1, RoundingMode.HALF_EVEN));
        assertEquals("periods-per-year", rule(() -> Forecasts.runRate(eur("1.00"), 367, RoundingMode.HALF_EVEN)));
        assertEquals(
                "periods-per-year",
                rule(() -> Forecasts.projectedTotal(eur("1.00"), 0, ForecastMethod.RUN_RATE, RoundingMode.HALF_EVEN)));
        assertEquals(
                Optional.of(Money.parse("EUR 1.00")),
                Forecasts.projectedTotal(eur("1.00"), 1, ForecastMethod.RUN_RATE, RoundingMode.HALF_EVEN));
    }
}
