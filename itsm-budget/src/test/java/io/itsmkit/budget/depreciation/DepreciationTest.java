package io.itsmkit.budget.depreciation;

import static io.itsmkit.budget.BadInput.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepreciationTest {
    private static final RoundingMode HALF_EVEN = RoundingMode.HALF_EVEN;

    private static Money usd(String amount) {
        return Money.parse("USD " + amount);
    }

    private static List<Money> charges(List<DepreciationRow> rows) {
        return rows.stream().map(DepreciationRow::depreciation).toList();
    }

    private static List<Money> usd(String... amounts) {
        return Arrays.stream(amounts).map(DepreciationTest::usd).toList();
    }

    /** Microsoft's SLN example: cost 30,000, salvage 7,500, life 10 years: (30000 - 7500) / 10 = 2,250. */
    @Test
    void straightLineSpreadsheetExample() {
        List<DepreciationRow> rows = Depreciation.straightLine(usd("30000.00"), usd("7500.00"), 10, HALF_EVEN);
        assertEquals(10, rows.size());
        assertEquals(List.of(usd("2250.00")), charges(rows).stream().distinct().toList());
        assertEquals(usd("7500.00"), rows.get(9).bookValue());
        assertEquals(usd("22500.00"), rows.get(9).accumulated());
    }

    /** 1000.00 over 3 periods: 333.33, 333.33 and the remainder 333.34, ending exactly at zero. */
    @Test
    void straightLineLastPeriodTakesTheRemainder() {
        List<DepreciationRow> rows = Depreciation.straightLine(usd("1000.00"), usd("0.00"), 3, HALF_EVEN);
        assertEquals(usd("333.33", "333.33", "333.34"), charges(rows));
        assertEquals(new DepreciationRow(2, usd("333.33"), usd("666.66"), usd("333.34")), rows.get(1));
        assertEquals(usd("0.00"), rows.get(2).bookValue());
    }

    /** ServiceNow: cost 1000.00 straight line, two of four years passed: residual value 500.00. */
    @Test
    void straightLineServiceNowResidualValue() {
        assertEquals(
                usd("500.00"),
                Depreciation.straightLine(usd("1000.00"), usd("0.00"), 4, HALF_EVEN)
                        .get(1)
                        .bookValue());
    }

    /**
     * Microsoft's DDB example: cost 2,400, salvage 300, life 10 years. Year 1: 2400 x 2/10 = 480.00. Each
     * year charges 20% of the book value left by the rounded charges before: 384.00, 307.20, 245.76,
     * 983.04 x 0.2 = 196.608 -> 196.61, 786.43 x 0.2 = 157.286 -> 157.29, 629.14 x 0.2 = 125.828 -> 125.83,
     * 503.31 x 0.2 = 100.662 -> 100.66, 402.65 x 0.2 = 80.53; year 10 would be 322.12 x 0.2 = 64.42 but only
     * 322.12 - 300 = 22.12 is left above salvage: 22.12 (the spreadsheet's published tenth-year figure).
     */
    @Test
    void doubleDecliningBalanceSpreadsheetExample() {
        List<DepreciationRow> rows = Depreciation.doubleDecliningBalance(usd("2400.00"), usd("300.00"), 10, HALF_EVEN);
        assertEquals(
                usd("480.00", "384.00", "307.20", "245.76", "196.61", "157.29", "125.83", "100.66", "80.53", "22.12"),
                charges(rows));
        assertEquals(usd("300.00"), rows.get(9).bookValue());
    }

    /** Microsoft's DDB example, factor 1.5: year 1 2400 x 0.15 = 360.00; year 2 2040 x 0.15 = 306.00. */
    @Test
    void decliningBalanceWithAFactor() {
        List<DepreciationRow> rows = Depreciation.decliningBalance(
                usd("2400.00"), usd("300.00"), 10, new BigDecimal("1.5"), false, HALF_EVEN);
        assertEquals(usd("360.00"), rows.get(0).depreciation());
        assertEquals(usd("306.00"), rows.get(1).depreciation());
    }

    /**
     * Double declining balance of 1000 over 5 years, no salvage: 400, 240, 144 (40% of the book value);
     * year 4: DDB 216 x 0.4 = 86.40 but straight line over the 2 years left is 216 / 2 = 108.00, so it
     * switches and year 5 charges the last 108.00. Without the switch: 86.40 and 129.60 x 0.4 = 51.84,
     * leaving 77.76.
     */
    @Test
    void switchToStraightLine() {
        List<DepreciationRow> with =
                Depreciation.decliningBalance(usd("1000.00"), usd("0.00"), 5, BigDecimal.valueOf(2), true, HALF_EVEN);
        assertEquals(usd("400.00", "240.00", "144.00", "108.00", "108.00"), charges(with));
        assertEquals(usd("0.00"), with.get(4).bookValue());
        List<DepreciationRow> without = Depreciation.doubleDecliningBalance(usd("1000.00"), usd("0.00"), 5, HALF_EVEN);
        assertEquals(usd("400.00", "240.00", "144.00", "86.40", "51.84"), charges(without));
        assertEquals(usd("77.76"), without.get(4).bookValue());
    }

    /**
     * Microsoft's DB example: cost 1,000,000, salvage 100,000, life 6, 7 months in the first year. Rate
     * 1 - 0.1^(1/6) = 1 - 0.681292... = 0.318707... -> 0.319. Year 1: 1,000,000 x 0.319 x 7/12 =
     * 186,083.333 -> 186,083.33; year 2: 813,916.67 x 0.319 = 259,639.41773 -> 259,639.42; year 3:
     * 554,277.25 x 0.319 = 176,814.44275 -> 176,814.44; year 4: 377,462.81 x 0.319 = 120,410.63639 ->
     * 120,410.64; year 5: 257,052.17 x 0.319 = 81,999.64223 -> 81,999.64; year 6: 175,052.53 x 0.319 =
     * 55,841.75707 -> 55,841.76; year 7: 119,210.77 x 0.319 x 5/12 = 15,845.09818 -> 15,845.10. The
     * published figures are the same.
     */
    @Test
    void fixedDecliningBalanceSpreadsheetExample() {
        List<DepreciationRow> rows =
                Depreciation.fixedDecliningBalance(usd("1000000.00"), usd("100000.00"), 6, 7, HALF_EVEN);
        assertEquals(
                usd("186083.33", "259639.42", "176814.44", "120410.64", "81999.64", "55841.76", "15845.10"),
                charges(rows));
        assertEquals(usd("103365.67"), rows.get(6).bookValue());
        assertEquals(
                6,
                Depreciation.fixedDecliningBalance(usd("1000000.00"), usd("100000.00"), 6, 12, HALF_EVEN)
                        .size());
    }

    /**
     * The DB rate rounds half-up to three decimals, found exactly: salvage/cost = 0.5 over 1 year gives
     * 1 - 0.5 = 0.500; 0.25 over 2 years 1 - 0.5 = 0.500; 0.9995 over 1 year 0.0005 -> 0.001 (half up);
     * 0.99951 over 1 year 0.00049 -> 0.000; no salvage 1.000; a zero cost 0.000.
     */
    @Test
    void fixedRateIsExact() {
        assertEquals(new BigDecimal("0.500"), Depreciation.fixedRate(usd("1000.00"), usd("500.00"), 1));
        assertEquals(new BigDecimal("0.500"), Depreciation.fixedRate(usd("1000.00"), usd("250.00"), 2));
        assertEquals(new BigDecimal("0.001"), Depreciation.fixedRate(usd("100000.00"), usd("99950.00"), 1));
        assertEquals(new BigDecimal("0.000"), Depreciation.fixedRate(usd("100000.00"), usd("99951.00"), 1));
        assertEquals(new BigDecimal("1.000"), Depreciation.fixedRate(usd("1000.00"), usd("0.00"), 7));
        assertEquals(new BigDecimal("0.000"), Depreciation.fixedRate(usd("0.00"), usd("0.00"), 7));
        assertEquals(new BigDecimal("0.319"), Depreciation.fixedRate(usd("1000000.00"), usd("100000.00"), 6));
    }

    /** A factor so steep it would cross the salvage value stops at it. */
    @Test
    void salvageFloor() {
        List<DepreciationRow> rows = Depreciation.decliningBalance(
                usd("1000.00"), usd("100.00"), 2, BigDecimal.valueOf(5), false, HALF_EVEN);
        assertEquals(usd("900.00", "0.00"), charges(rows));
        List<DepreciationRow> db = Depreciation.fixedDecliningBalance(usd("1000.00"), usd("0.00"), 3, 12, HALF_EVEN);
        assertEquals(usd("1000.00", "0.00", "0.00"), charges(db));
        List<DepreciationRow> up = Depreciation.straightLine(usd("0.02"), usd("0.00"), 5, RoundingMode.CEILING);
        assertEquals(usd("0.01", "0.01", "0.00", "0.00", "0.00"), charges(up));
    }

    @Test
    void badInputIsNamed() {
        assertEquals(
                "salvage-within-cost", rule(() -> Depreciation.straightLine(usd("1.00"), usd("2.00"), 1, HALF_EVEN)));
        assertEquals("not-negative", rule(() -> Depreciation.straightLine(usd("1.00"), usd("-2.00"), 1, HALF_EVEN)));
        assertEquals("life", rule(() -> Depreciation.straightLine(usd("1.00"), usd("0.00"), 0, HALF_EVEN)));
        assertEquals(
                "life", rule(() -> Depreciation.straightLine(usd("1.00"), usd("0.00"), Integer.MAX_VALUE, HALF_EVEN)));
        assertEquals(
                "life",
                rule(() ->
                        Depreciation.doubleDecliningBalance(usd("1.00"), usd("0.00"), Integer.MIN_VALUE, HALF_EVEN)));
        assertEquals(
                "positive",
                rule(() ->
                        Depreciation.decliningBalance(usd("1.00"), usd("0.00"), 3, BigDecimal.ZERO, true, HALF_EVEN)));
        assertEquals(
                "first-year-months",
                rule(() -> Depreciation.fixedDecliningBalance(usd("1.00"), usd("0.00"), 3, 13, HALF_EVEN)));
        assertEquals(
                "first-year-months",
                rule(() -> Depreciation.fixedDecliningBalance(usd("1.00"), usd("0.00"), 3, 0, HALF_EVEN)));
        assertThrows(
                CurrencyMismatchException.class,
                () -> Depreciation.straightLine(usd("1.00"), Money.parse("EUR 0.00"), 3, HALF_EVEN));
        assertEquals("required", rule(() -> Depreciation.straightLine(usd("1.00"), usd("0.00"), 3, null)));
        assertEquals(
                Depreciation.MAX_LIFE,
                Depreciation.straightLine(usd("1.00"), usd("0.00"), Depreciation.MAX_LIFE, HALF_EVEN)
                        .size());
    }

    @Test
    void everyMethodChecksItsInputs() {
        assertEquals(
                "life", rule(() -> Depreciation.fixedDecliningBalance(usd("1.00"), usd("0.00"), 0, 12, HALF_EVEN)));
        assertEquals(
                "life",
                rule(() ->
                        Depreciation.decliningBalance(usd("1.00"), usd("0.00"), -1, BigDecimal.ONE, true, HALF_EVEN)));
        CurrencyMismatchException e = assertThrows(
                CurrencyMismatchException.class,
                () -> Depreciation.straightLine(usd("1.00"), Money.parse("EUR 0.00"), 3, HALF_EVEN));
        assertEquals("salvage", e.violations().get(0).path());
    }
}
