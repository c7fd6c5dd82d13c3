package io.itsmkit.budget.allocation;

import static io.itsmkit.budget.BadInput.rule;
import static io.itsmkit.budget.allocation.AllocationMode.CUMULATIVE;
import static io.itsmkit.budget.allocation.AllocationMode.FIRST_SHARES;
import static io.itsmkit.budget.allocation.AllocationMode.LARGEST_REMAINDER;
import static io.itsmkit.budget.allocation.AllocationMode.SEPARATE_REMAINDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllocationTest {

    private static List<BigDecimal> w(String... weights) {
        return Arrays.stream(weights).map(BigDecimal::new).toList();
    }

    private static List<Money> m(String... amounts) {
        return Arrays.stream(amounts).map(Money::parse).toList();
    }

    /**
     * Fowler, PoEAA "Money": allocating 5 cents by 3:7 gives 2 cents and 3 cents. Exact shares 1.5 and 3.5
     * cents; floors 1 + 3 = 4; one cent left: Fowler gives it to the first share; Hamilton to the largest
     * fraction, a tie (0.5 and 0.5) broken to the lower index, so the same.
     */
    @ParameterizedTest
    @CsvSource({"LARGEST_REMAINDER", "FIRST_SHARES"})
    void fowlersFiveCents(AllocationMode mode) {
        assertEquals(
                m("USD 0.02", "USD 0.03"),
                Allocation.of(Money.parse("USD 0.05"), w("3", "7"), mode).parts());
    }

    /**
     * The 48/41/11 split of CHF 987.65 (brick/money's allocation modes, reference note section 0):
     * 98765 x 48/100 = 47407.20, x 41/100 = 40493.65, x 11/100 = 10864.15 cents; floors sum to 98764, one
     * cent left. Fowler: to the first share, 474.08/404.93/108.64. Hamilton: to the largest fraction (.65),
     * 474.07/404.94/108.64. Separate: the floors and CHF 0.01 apart.
     */
    @Test
    void modesDifferOnCHF98765() {
        Money amount = Money.parse("CHF 987.65");
        List<BigDecimal> weights = w("48", "41", "11");
        assertEquals(
                m("CHF 474.07", "CHF 404.94", "CHF 108.64"),
                Allocation.of(amount, weights).parts());
        assertEquals(
                m("CHF 474.08", "CHF 404.93", "CHF 108.64"),
                Allocation.of(amount, weights, FIRST_SHARES).parts());
        Allocation separate = Allocation.of(amount, weights, SEPARATE_REMAINDER);
        assertEquals(m("CHF 474.07", "CHF 404.93", "CHF 108.64"), separate.parts());
        assertEquals(Money.parse("CHF 0.01"), separate.remainder());
        assertEquals(Money.parse("CHF 0.00"), Allocation.of(amount, weights).remainder());
    }

    /**
     * 100.00 by thirds: rounding each share gives 33.33 x 3 = 99.99. Largest remainder: 3333.33 cents each,
     * floors 3333 x 3 = 9999, one cent left, a three-way tie to the lowest index: 33.34, 33.33, 33.33.
     * Cumulative: running totals 3333.33 -> 3333, 6666.67 -> 6667, 10000 -> parts 33.33, 33.34, 33.33.
     */
    @Test
    void thirds() {
        Money hundred = Money.parse("EUR 100.00");
        assertEquals(
                m("EUR 33.34", "EUR 33.33", "EUR 33.33"),
                Allocation.of(hundred, w("1", "1", "1")).parts());
        assertEquals(
                m("EUR 33.33", "EUR 33.34", "EUR 33.33"),
                Allocation.of(hundred, w("1", "1", "1"), CUMULATIVE).parts());
    }

    /**
     * Fowler gives leftover units only to shares with a weight above zero: 5 cents by 0:1:1 gives
     * 0, 3, 2 (exact 0, 2.5, 2.5; floors 0, 2, 2; the one cent to the first non-zero share).
     */
    @Test
    void zeroWeightsGetNothingInAnyMode() {
        Money five = Money.parse("EUR 0.05");
        for (AllocationMode mode : List.of(LARGEST_REMAINDER, FIRST_SHARES, CUMULATIVE)) {
            List<Money> parts = Allocation.of(five, w("0", "1", "1"), mode).parts();
            assertEquals(Money.parse("EUR 0.00"), parts.get(0), mode.name());
        }
        assertEquals(
                m("EUR 0.00", "EUR 0.03", "EUR 0.02"),
                Allocation.of(five, w("0", "1", "1"), FIRST_SHARES).parts());
        assertEquals(
                m("EUR 0.00", "EUR 0.02", "EUR 0.02"),
                Allocation.of(five, w("0", "1", "1"), SEPARATE_REMAINDER).parts());
    }

    /** Negative amounts mirror positive ones: -5 cents by 3:7 is -2 and -3 cents. */
    @Test
    void negativeAmountsAreTheNegation() {
        assertEquals(
                m("USD -0.02", "USD -0.03"),
                Allocation.of(Money.parse("USD -0.05"), w("3", "7")).parts());
        Allocation separate = Allocation.of(Money.parse("CHF -987.65"), w("48", "41", "11"), SEPARATE_REMAINDER);
        assertEquals(Money.parse("CHF -0.01"), separate.remainder());
    }

    /**
     * Swiss cash in steps of 0.05: CHF 10.00 by 1:1:1 is 200 steps; 66.67 each, floors 66 x 3 = 198, two
     * steps left to the lowest indices: 3.35, 3.35, 3.30. CHF 10.02 is not a whole number of steps: refused,
     * except separate remainder, which keeps 0.02 plus the leftover steps (0.10) apart.
     */
    @Test
    void cashSteps() {
        Money step = Money.parse("CHF 0.05");
        assertEquals(
                m("CHF 3.35", "CHF 3.35", "CHF 3.30"),
                Allocation.of(Money.parse("CHF 10.00"), w("1", "1", "1"), LARGEST_REMAINDER, step)
                        .parts());
        assertEquals(
                "multiple-of-step",
                assertThrows(
                                ValidationException.class,
                                () -> Allocation.of(
                                        Money.parse("CHF 10.02"), w("1", "1", "1"), LARGEST_REMAINDER, step))
                        .violations()
                        .get(0)
                        .rule());
        Allocation separate = Allocation.of(Money.parse("CHF 10.02"), w("1", "1", "1"), SEPARATE_REMAINDER, step);
        assertEquals(m("CHF 3.30", "CHF 3.30", "CHF 3.30"), separate.parts());
        assertEquals(Money.parse("CHF 0.12"), separate.remainder());
        assertEquals(step, separate.step());
        assertThrows(
                CurrencyMismatchException.class,
                () -> Allocation.of(Money.parse("CHF 10.00"), w("1"), LARGEST_REMAINDER, Money.parse("EUR 0.05")));
        assertEquals(
                "positive",
                assertThrows(
                                ValidationException.class,
                                () -> Allocation.of(
                                        Money.parse("CHF 10.00"), w("1"), LARGEST_REMAINDER, Money.parse("CHF 0.00")))
                        .violations()
                        .get(0)
                        .rule());
    }

    /** Decimal weights are exact: 0.6/0.4 (Apptio's vendor split example) and 60/40 split alike. */
    @Test
    void decimalWeightsAreExact() {
        Money amount = Money.parse("EUR 1000.01");
        // 100001 cents x 0.6 = 60000.6, x 0.4 = 40000.4: floors 60000 + 40000, one cent to the .6
        assertEquals(
                m("EUR 600.01", "EUR 400.00"),
                Allocation.of(amount, w("0.6", "0.4")).parts());
        assertEquals(
                Allocation.of(amount, w("60", "40")).parts(),
                Allocation.of(amount, w("0.6", "0.4")).parts());
        assertEquals(
                Allocation.of(amount, w("3", "1")).parts(),
                Allocation.of(amount, w("0.000003", "1E-6")).parts());
    }

    @Test
    void yenAndDinarsUseTheirScales() {
        // JPY 1000 by 1:1:1 -> 333.33 each, floors 999, one yen to index 0
        assertEquals(
                m("JPY 334", "JPY 333", "JPY 333"),
                Allocation.of(Money.parse("JPY 1000"), w("1", "1", "1")).parts());
        // BHD 1.000 by 1:1:1 -> 333.33 fils each
        assertEquals(
                m("BHD 0.334", "BHD 0.333", "BHD 0.333"),
                Allocation.of(Money.parse("BHD 1.000"), w("1", "1", "1")).parts());
    }

    @Test
    void hugeAmountsAndWeightsTakeTheExactPathWithTheSameRules() {
        Money big = Money.parse("EUR 1000000000000000000000.01");
        // 100000000000000000000001 cents by 1:1 -> 50000000000000000000000.5 each, one cent to index 0
        assertEquals(
                m("EUR 500000000000000000000.01", "EUR 500000000000000000000.00"),
                Allocation.of(big, w("1", "1")).parts());
        assertEquals(
                m("EUR 500000000000000000000.00", "EUR 500000000000000000000.01"),
                Allocation.of(big, w("1", "1"), CUMULATIVE).parts());
        // weights beyond a long: 10^20 : 3 x 10^20 -> same as 1:3
        assertEquals(
                Allocation.of(Money.parse("EUR 1.01"), w("1", "3")).parts(),
                Allocation.of(Money.parse("EUR 1.01"), w("100000000000000000000", "300000000000000000000"))
                        .parts());
    }

    @Test
    void badInputIsANamedViolation() {
        Money a = Money.parse("EUR 1.00");
        assertEquals("not-empty", rule(() -> Allocation.of(a, List.of())));
        assertEquals("not-negative", rule(() -> Allocation.of(a, w("1", "-1"))));
        assertEquals("positive-total-weight", rule(() -> Allocation.of(a, w("0", "0"))));
        List<BigDecimal> withNull = new ArrayList<>(w("1"));
        withNull.add(null);
        ValidationException e = assertThrows(ValidationException.class, () -> Allocation.of(a, withNull));
        assertEquals("weights[1]", e.violations().get(0).path());
        assertEquals("required", rule(() -> Allocation.of(a, w("1"), null)));
        assertEquals("required", rule(() -> Allocation.of(null, w("1"))));
        Allocation ok = Allocation.of(a, w("1", "1"));
        assertEquals("in-range", rule(() -> ok.parts().get(2)));
        assertEquals("in-range", rule(() -> ok.parts().get(-1)));
        assertThrows(UnsupportedOperationException.class, () -> ok.parts().set(0, a));
    }

    @Test
    void describesItself() {
        Allocation a = Allocation.of(Money.parse("EUR 1.00"), w("1", "1"), SEPARATE_REMAINDER);
        assertEquals(SEPARATE_REMAINDER, a.mode());
        assertEquals(Money.parse("EUR 1.00"), a.amount());
        assertEquals(Money.parse("EUR 0.01"), a.step());
        assertEquals("EUR 1.00 by SEPARATE_REMAINDER in steps of EUR 0.01 -> [EUR 0.50, EUR 0.50]", a.toString());
        assertEquals(
                "EUR 0.05 by SEPARATE_REMAINDER in steps of EUR 0.01 -> [EUR 0.01, EUR 0.03] remainder EUR 0.01",
                Allocation.of(Money.parse("EUR 0.05"), w("3", "7"), SEPARATE_REMAINDER)
                        .toString());
    }
}
