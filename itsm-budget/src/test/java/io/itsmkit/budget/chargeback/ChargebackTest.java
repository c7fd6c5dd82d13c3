package io.itsmkit.budget.chargeback;

import static io.itsmkit.budget.BadInput.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChargebackTest {
    private static final CostObjectId DESK = CostObjectId.of("Service Desk");
    private static final CostObjectId FINANCE = CostObjectId.of("Finance");
    private static final CostObjectId HR = CostObjectId.of("HR");
    private static final CostObjectId SALES = CostObjectId.of("Sales");

    private static Map<CostObjectId, BigDecimal> q(Object... pairs) {
        Map<CostObjectId, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((CostObjectId) pairs[i], new BigDecimal(pairs[i + 1].toString()));
        }
        return m;
    }

    /** The service desk's 120,000.00 by 1,000 tickets: 340 -> 40,800.00, 120 -> 14,400.00, 540 -> 64,800.00. */
    @Test
    void serviceDeskByTickets() {
        Chargeback c = Chargeback.of(
                Map.of(DESK, Money.parse("EUR 120000.00")),
                List.of(new ChargebackRule(DESK, "tickets", q(FINANCE, 340, HR, 120, SALES, 540))));
        assertEquals(Money.parse("EUR 40800.00"), c.totalOf(FINANCE));
        assertEquals(Money.parse("EUR 14400.00"), c.totalOf(HR));
        assertEquals(Money.parse("EUR 64800.00"), c.totalOf(SALES));
        assertEquals(Money.parse("EUR 0.00"), c.totalOf(DESK));
        assertEquals(Money.parse("EUR 120000.00"), c.total());
        assertEquals(3, c.charges().size());
        assertEquals(
                new Charge(DESK, FINANCE, "tickets", new BigDecimal("340"), Money.parse("EUR 40800.00")),
                c.charges().get(0));
    }

    /**
     * 100.00 by 1:1:1: 33.333... each; the extra cent goes to the lowest identifier (Finance), whatever order
     * the map iterates in.
     */
    @Test
    void tiesGoToTheLowestIdentifier() {
        Chargeback c = Chargeback.of(
                Map.of(DESK, Money.parse("EUR 100.00")),
                List.of(new ChargebackRule(DESK, "users", q(SALES, 1, HR, 1, FINANCE, 1))));
        assertEquals(Money.parse("EUR 33.34"), c.totalOf(FINANCE));
        assertEquals(Money.parse("EUR 33.33"), c.totalOf(HR));
        assertEquals(Money.parse("EUR 33.33"), c.totalOf(SALES));
    }

    /**
     * TBM layers: the Software pool (90,000) goes to Compute and Storage 2:1 (60,000, 30,000); Compute goes
     * to Finance and Sales by CPU hours 1:3 (15,000, 45,000); Storage holds its 30,000 plus its own 10,000
     * and goes 1:1 (20,000 each). Finance 35,000, Sales 65,000: the 100,000 put in.
     */
    @Test
    void costsFlowThroughLayersInAnyRuleOrder() {
        CostObjectId software = CostObjectId.of("Software");
        CostObjectId compute = CostObjectId.of("Compute");
        CostObjectId storage = CostObjectId.of("Storage");
        List<ChargebackRule> rules = List.of(
                new ChargebackRule(storage, "TB", q(FINANCE, 1, SALES, 1)),
                new ChargebackRule(compute, "CPU hours", q(FINANCE, 1, SALES, 3)),
                new ChargebackRule(software, "installs", q(compute, 2, storage, 1)));
        Chargeback c = Chargeback.of(
                Map.of(software, Money.parse("EUR 90000.00"), storage, Money.parse("EUR 10000.00")), rules);
        assertEquals(Map.of(FINANCE, Money.parse("EUR 35000.00"), SALES, Money.parse("EUR 65000.00")), c.totals());
        assertEquals(Money.parse("EUR 100000.00"), c.total());
        assertEquals(software, c.charges().get(0).source());
        assertEquals(6, c.charges().size());
    }

    /** Cost on an object no rule passes on stays visible in the totals (unallocated). */
    @Test
    void costWithoutARuleStaysWhereItIs() {
        CostObjectId unallocated = CostObjectId.of("Facilities");
        Chargeback c = Chargeback.of(
                Map.of(DESK, Money.parse("EUR 10.00"), unallocated, Money.parse("EUR 5.00")),
                List.of(new ChargebackRule(DESK, "tickets", q(FINANCE, 1))));
        assertEquals(Money.parse("EUR 5.00"), c.totalOf(unallocated));
        assertEquals(Money.parse("EUR 10.00"), c.totalOf(FINANCE));
    }

    @Test
    void badModelsAreNamedViolations() {
        CostObjectId a = CostObjectId.of("A");
        CostObjectId b = CostObjectId.of("B");
        CostObjectId z = CostObjectId.of("Z");
        assertEquals(
                "acyclic",
                rule(() -> Chargeback.of(
                        Map.of(a, Money.parse("EUR 1.00")),
                        List.of(new ChargebackRule(a, "x", q(b, 1)), new ChargebackRule(b, "x", q(a, 1, z, 1))))));
        assertEquals(
                "one-rule-per-source",
                rule(() -> Chargeback.of(
                        Map.of(a, Money.parse("EUR 1.00")),
                        List.of(new ChargebackRule(a, "x", q(b, 1)), new ChargebackRule(a, "y", q(z, 1))))));
        assertEquals("not-empty", rule(() -> Chargeback.of(Map.of(), List.of())));
        assertThrows(
                CurrencyMismatchException.class,
                () -> Chargeback.of(
                        new java.util.TreeMap<>(Map.of(a, Money.parse("EUR 1.00"), b, Money.parse("USD 1.00"))),
                        List.of()));
        assertEquals("no-self-allocation", rule(() -> new ChargebackRule(a, "x", q(a, 1))));
        assertEquals("positive-total-weight", rule(() -> new ChargebackRule(a, "x", q(b, 0))));
        assertEquals("not-negative", rule(() -> new ChargebackRule(a, "x", q(b, -1))));
        assertEquals("not-empty", rule(() -> new ChargebackRule(a, "x", Map.of())));
        assertEquals("not-blank", rule(() -> new ChargebackRule(a, " ", q(b, 1))));
    }

    @Test
    void violationsNameWhatIsWrong() {
        CostObjectId a = CostObjectId.of("A");
        CostObjectId b = CostObjectId.of("B");
        CostObjectId z = CostObjectId.of("Z");
        CurrencyMismatchException mismatch = assertThrows(
                CurrencyMismatchException.class,
                () -> Chargeback.of(
                        new java.util.TreeMap<>(Map.of(a, Money.parse("EUR 1.00"), b, Money.parse("USD 1.00"))),
                        List.of()));
        assertEquals("costs[B]", mismatch.violations().get(0).path());
        // A and B feed each other; Z only receives: the cycle names A and B, not Z
        ValidationException cycle = assertThrows(
                ValidationException.class,
                () -> Chargeback.of(
                        Map.of(a, Money.parse("EUR 1.00")),
                        List.of(
                                new ChargebackRule(a, "x", q(b, 1)),
                                new ChargebackRule(b, "x", q(a, 1, z, 1)),
                                new ChargebackRule(z, "y", q(CostObjectId.of("Y"), 1)))));
        assertEquals("[A, B]", cycle.violations().get(0).offendingValue());
    }
}
