package io.itsmkit.budget.alert;

import static io.itsmkit.budget.BadInput.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetAlertsTest {
    private static final Money BUDGET = Money.parse("EUR 1000.00");
    private static final List<Threshold> WATCHED =
            List.of(Threshold.EXCEEDED, Threshold.of(100), Threshold.of(50), Threshold.of(80));

    private static List<Threshold> fired(String spent, Set<Threshold> already) {
        return BudgetAlerts.evaluate(BUDGET, Money.parse("EUR " + spent), WATCHED, already).stream()
                .map(BudgetAlert::threshold)
                .toList();
    }

    /**
     * A threshold fires at spent >= t% of the budget, so 80% fires at exactly 800.00; "exceeded" fires only
     * above the budget, not at exactly 100% (otherworld-dev/Budget#293). Several in one step come in
     * ascending order.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "499.99;''",
                "500.00;>= 50%",
                "799.99;>= 50%",
                "800.00;>= 50%,>= 80%",
                "1000.00;>= 50%,>= 80%,>= 100%",
                "1000.01;>= 50%,>= 80%,>= 100%,exceeded"
            })
    void thresholdsFireAtTheirPercentage(String spent, String expected) {
        assertEquals(
                expected,
                String.join(
                        ",",
                        fired(spent, Set.of()).stream().map(Threshold::toString).toList()));
    }

    /** Each fires once: the caller passes what already fired. */
    @Test
    void eachThresholdFiresOnce() {
        assertEquals(List.of(Threshold.of(80)), fired("850.00", Set.of(Threshold.of(50))));
        assertEquals(List.of(), fired("850.00", Set.of(Threshold.of(50), Threshold.of(80))));
        assertEquals(
                List.of(Threshold.EXCEEDED),
                fired("1200.00", Set.of(Threshold.of(50), Threshold.of(80), Threshold.of(100))));
    }

    @Test
    void exceededSortsRightAfterOneHundredPercent() {
        List<Threshold> sorted = new ArrayList<>(List.of(
                Threshold.of(150), Threshold.EXCEEDED, Threshold.of(100), Threshold.of(new BigDecimal("100.5"))));
        sorted.sort(null);
        assertEquals(
                List.of(
                        Threshold.of(100),
                        Threshold.EXCEEDED,
                        Threshold.of(new BigDecimal("100.5")),
                        Threshold.of(150)),
                sorted);
        List<Threshold> reversed = new ArrayList<>(sorted);
        java.util.Collections.reverse(reversed);
        List<BudgetAlert> alerts = BudgetAlerts.evaluate(BUDGET, Money.parse("EUR 2000.00"), reversed, Set.of());
        assertEquals(sorted, alerts.stream().map(BudgetAlert::threshold).toList());
    }

    /** A zero budget: every percentage of it is reached by spending nothing; exceeded needs spending. */
    @Test
    void zeroBudget() {
        Money zero = Money.parse("EUR 0.00");
        assertTrue(Threshold.of(80).isReachedBy(zero, zero));
        assertFalse(Threshold.EXCEEDED.isReachedBy(zero, zero));
        assertTrue(Threshold.EXCEEDED.isReachedBy(zero, Money.parse("EUR 0.01")));
        assertFalse(Threshold.of(80).isReachedBy(zero, Money.parse("EUR -0.01")));
    }

    /** Pace alerts: pass the pace as the budget; spending 20% ahead of a straight line fires of(120). */
    @Test
    void paceAlerts() {
        Money pace = Money.parse("EUR 500.00");
        assertEquals(
                1,
                BudgetAlerts.evaluate(pace, Money.parse("EUR 600.00"), List.of(Threshold.of(120)), Set.of())
                        .size());
        assertEquals(
                0,
                BudgetAlerts.evaluate(pace, Money.parse("EUR 599.99"), List.of(Threshold.of(120)), Set.of())
                        .size());
    }

    @Test
    void alertsExplainThemselves() {
        BudgetAlert a = BudgetAlerts.evaluate(BUDGET, Money.parse("EUR 850.00"), List.of(Threshold.of(80)), Set.of())
                .get(0);
        assertEquals("spent EUR 850.00 is >= 80% of the budget EUR 1000.00", a.reason());
        BudgetAlert e = BudgetAlerts.evaluate(BUDGET, Money.parse("EUR 1000.01"), List.of(Threshold.EXCEEDED), Set.of())
                .get(0);
        assertEquals("spent EUR 1000.01 exceeded the budget EUR 1000.00", e.reason());
        assertEquals(BUDGET, e.budget());
        assertEquals(Money.parse("EUR 1000.01"), e.spent());
    }

    @Test
    void thresholdValueSemantics() {
        assertEquals(Threshold.of(80), Threshold.of(new BigDecimal("80.00")));
        assertEquals(
                Threshold.of(80).hashCode(),
                Threshold.of(new BigDecimal("80.00")).hashCode());
        assertNotEquals(Threshold.of(100), Threshold.EXCEEDED);
        assertFalse(Threshold.of(100).equals("x"));
        assertEquals(0, new BigDecimal("100").compareTo(Threshold.EXCEEDED.percent()));
        assertTrue(Threshold.EXCEEDED.isExceeded());
        assertFalse(Threshold.of(100).isExceeded());
        assertEquals(">= 12.5%", Threshold.of(new BigDecimal("12.50")).toString());
        assertEquals(0, Threshold.of(80).compareTo(Threshold.of(new BigDecimal("80.0"))));
    }

    @Test
    void badInputIsNamed() {
        assertEquals("positive", rule(() -> Threshold.of(0)));
        assertEquals("positive", rule(() -> Threshold.of(-5)));
        assertEquals("not-negative", rule(() -> Threshold.of(80).isReachedBy(Money.parse("EUR -1.00"), BUDGET)));
        assertThrows(
                CurrencyMismatchException.class, () -> Threshold.of(80).isReachedBy(BUDGET, Money.parse("USD 1.00")));
        List<Threshold> withNull = new ArrayList<>();
        withNull.add(null);
        ValidationException e = assertThrows(
                ValidationException.class, () -> BudgetAlerts.evaluate(BUDGET, BUDGET, withNull, Set.of()));
        assertEquals("thresholds[0]", e.violations().get(0).path());
        assertEquals("required", rule(() -> BudgetAlerts.evaluate(BUDGET, BUDGET, WATCHED, null)));
    }

    @Test
    void nullsAreNamedByPosition() {
        List<Threshold> withNull = new ArrayList<>(List.of(Threshold.of(50)));
        withNull.add(null);
        assertEquals(
                "thresholds[1]",
                assertThrows(ValidationException.class, () -> BudgetAlerts.evaluate(BUDGET, BUDGET, withNull, Set.of()))
                        .violations()
                        .get(0)
                        .path());
        assertNotEquals(Threshold.of(80).hashCode(), Threshold.of(90).hashCode());
        assertNotEquals(Threshold.of(100).hashCode(), Threshold.EXCEEDED.hashCode());
    }
}
