package io.itsmkit.budget.ledger;

import static io.itsmkit.budget.BadInput.rule;
import static io.itsmkit.budget.ledger.EntryKind.ACCRUAL;
import static io.itsmkit.budget.ledger.EntryKind.ACTUAL;
import static io.itsmkit.budget.ledger.EntryKind.ORDERED;
import static io.itsmkit.budget.ledger.EntryKind.PLAN;
import static io.itsmkit.budget.ledger.EntryKind.REQUESTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.budget.contract.ContractId;
import io.itsmkit.budget.fiscal.FiscalCalendar;
import io.itsmkit.budget.fiscal.FiscalPeriod;
import io.itsmkit.budget.fiscal.FiscalYear;
import io.itsmkit.budget.fiscal.PeriodPattern;
import io.itsmkit.budget.fiscal.YearNaming;
import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.CurrencyUnit;
import io.itsmkit.budget.money.ExchangeRate;
import io.itsmkit.budget.money.Money;
import io.itsmkit.budget.plan.Budget;
import io.itsmkit.budget.plan.BudgetId;
import io.itsmkit.budget.plan.BudgetLine;
import io.itsmkit.budget.plan.BudgetLineId;
import io.itsmkit.budget.plan.CostCategory;
import io.itsmkit.budget.plan.CostCenterId;
import io.itsmkit.budget.plan.ExpenseType;
import io.itsmkit.budget.plan.Phasing;
import io.itsmkit.budget.status.BudgetStatus;
import io.itsmkit.budget.status.ConsumptionStage;
import io.itsmkit.budget.status.Spending;
import io.itsmkit.core.error.StateChangeRefusedException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.timeline.EventId;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.core.timeline.Timeline;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerTest {
    private static final FiscalYear FY2027 = FiscalCalendar.of(
                    MonthDay.of(4, 1), YearNaming.END_YEAR, PeriodPattern.MONTHLY)
            .year(2027);
    private static final BudgetLineId LICENCES = BudgetLineId.of("licences");
    private static final BudgetLineId SERVERS = BudgetLineId.of("servers");
    private static final Budget BUDGET = Budget.builder(BudgetId.of("IT-2027"), FY2027, CurrencyUnit.EUR)
            .line(new BudgetLine(
                    LICENCES,
                    CostCenterId.of("IT"),
                    ExpenseType.OPEX,
                    CostCategory.of("Software"),
                    Money.parse("EUR 12000.00"),
                    Phasing.EVEN))
            .line(new BudgetLine(
                    SERVERS,
                    CostCenterId.of("IT"),
                    ExpenseType.CAPEX,
                    CostCategory.of("Hardware"),
                    Money.parse("EUR 24000.00"),
                    Phasing.EVEN))
            .build();
    private static final FiscalPeriod MAY = FY2027.periods().get(1);
    private static final FiscalPeriod JUNE = FY2027.periods().get(2);
    private static final ActorId ANNA = ActorId.of("anna");

    private int tick;

    private Stamp next() {
        return Stamp.of(ANNA, Instant.parse("2026-05-01T09:00:00Z").plusSeconds(60L * tick++));
    }

    private static LedgerEntry entry(
            EntryKind kind, BudgetLineId line, String amount, String date, FiscalPeriod period) {
        return LedgerEntry.of(kind, line, Money.parse("EUR " + amount), LocalDate.parse(date), period);
    }

    /**
     * A licence renewal through its stages: requested 1,200 on 5 May; ordered on 10 May (requested -1,200,
     * ordered +1,200); invoiced on 2 June for 1,150 (ordered -1,200, actual +1,150). On each date the open
     * amount sits at one stage only.
     */
    @Test
    void aPurchaseMovesThroughItsStages() {
        Ledger l = Ledger.open(BUDGET)
                .post(entry(REQUESTED, LICENCES, "1200.00", "2026-05-05", MAY).withReference("REQ-7"), next())
                .post(entry(REQUESTED, LICENCES, "-1200.00", "2026-05-10", MAY), next())
                .post(
                        entry(ORDERED, LICENCES, "1200.00", "2026-05-10", MAY).fromSupplier(SupplierId.of("ACME")),
                        next())
                .post(entry(ORDERED, LICENCES, "-1200.00", "2026-06-02", JUNE), next())
                .post(
                        entry(ACTUAL, LICENCES, "1150.00", "2026-06-02", JUNE).underContract(ContractId.of("C-7")),
                        next());
        assertEquals(
                spending("1200.00", "0.00", "0.00", "0.00"),
                l.spending(LocalDate.parse("2026-05-07")).get(LICENCES));
        assertEquals(
                spending("0.00", "1200.00", "0.00", "0.00"),
                l.spending(LocalDate.parse("2026-05-31")).get(LICENCES));
        assertEquals(
                spending("0.00", "0.00", "1150.00", "0.00"),
                l.spending(LocalDate.parse("2026-06-30")).get(LICENCES));
        assertEquals(Map.of(), l.spending(LocalDate.parse("2026-05-04")));
        BudgetStatus june = l.status(LocalDate.parse("2026-06-30"), ConsumptionStage.FROM_REQUESTED)
                .line(LICENCES);
        assertEquals(Money.parse("EUR 1150.00"), june.consumed());
        assertEquals(Money.parse("EUR 10850.00"), june.available());
        assertEquals(5, l.timeline().size());
    }

    @Test
    void accrualsCountWithActuals() {
        Ledger l = Ledger.open(BUDGET)
                .post(entry(ACCRUAL, SERVERS, "500.00", "2026-05-31", MAY), next())
                .post(entry(ACCRUAL, SERVERS, "-500.00", "2026-06-15", JUNE), next())
                .post(entry(ACTUAL, SERVERS, "510.00", "2026-06-15", JUNE), next());
        assertEquals(
                Money.parse("EUR 500.00"),
                l.status(LocalDate.parse("2026-06-01"), ConsumptionStage.ACTUALS_ONLY)
                        .line(SERVERS)
                        .consumed());
        assertEquals(
                Money.parse("EUR 510.00"),
                l.status(LocalDate.parse("2026-06-15"), ConsumptionStage.ACTUALS_ONLY)
                        .line(SERVERS)
                        .consumed());
        assertEquals(
                spending("0.00", "0.00", "510.00", "0.00"),
                l.spending(LocalDate.parse("2026-07-01")).get(SERVERS));
    }

    /**
     * A supplement of 3,000.00 on 1 June raises the licences line to 15,000.00 from that day; the plan to
     * 15 June is 12,000 x 3/12 + 3,000 = 6,000.00. Before 1 June nothing changes.
     */
    @Test
    void planEntriesReviseTheBudgetFromTheirDate() {
        Ledger l = Ledger.open(BUDGET).post(entry(PLAN, LICENCES, "3000.00", "2026-06-01", JUNE), next());
        BudgetStatus s = l.status(LocalDate.parse("2026-06-15"), ConsumptionStage.ACTUALS_ONLY)
                .line(LICENCES);
        assertEquals(Money.parse("EUR 15000.00"), s.budget());
        assertEquals(Money.parse("EUR 6000.00"), s.plannedToDate());
        assertEquals(
                Money.parse("EUR 12000.00"),
                l.status(LocalDate.parse("2026-05-31"), ConsumptionStage.ACTUALS_ONLY)
                        .line(LICENCES)
                        .budget());
        assertEquals(Map.of(LICENCES, Money.parse("EUR 3000.00")), l.revisions(LocalDate.parse("2026-06-01")));
        assertEquals(Map.of(), l.spending(LocalDate.parse("2026-06-01")));
    }

    /** A wrong invoice is reversed, dated when the correction was made; before that date it still counts. */
    @Test
    void reversalsCorrectFromTheirDate() {
        Ledger posted = Ledger.open(BUDGET).post(entry(ACTUAL, SERVERS, "999.00", "2026-05-20", MAY), next());
        EventId invoice = posted.timeline().last().id();
        Ledger corrected = posted.reverse(invoice, LocalDate.parse("2026-05-25"), "booked to the wrong line", next())
                .post(entry(ACTUAL, LICENCES, "999.00", "2026-05-20", MAY), next());
        assertTrue(corrected.isReversed(invoice));
        assertFalse(posted.isReversed(invoice));
        assertEquals(
                Money.parse("EUR 999.00"),
                corrected.spending(LocalDate.parse("2026-05-24")).get(SERVERS).actual());
        assertEquals(
                Money.parse("EUR 0.00"),
                corrected.spending(LocalDate.parse("2026-05-25")).get(SERVERS).actual());
        assertEquals(
                Money.parse("EUR 999.00"),
                corrected.spending(LocalDate.parse("2026-05-25")).get(LICENCES).actual());
        StateChangeRefusedException twice = assertThrows(
                StateChangeRefusedException.class,
                () -> corrected.reverse(invoice, LocalDate.parse("2026-05-26"), "again", next()));
        assertEquals("reversed-once", twice.rule());
        EventId reversal = corrected.timeline().get(1).id();
        assertEquals(
                "reverse-a-posting",
                assertThrows(
                                StateChangeRefusedException.class,
                                () -> corrected.reverse(reversal, LocalDate.parse("2026-05-26"), "undo", next()))
                        .rule());
        assertEquals(
                "reversal-not-before-entry",
                rule(() -> posted.reverse(invoice, LocalDate.parse("2026-05-19"), "too early", next())));
        assertEquals(
                "known-posting",
                rule(() -> posted.reverse(
                        new EventId(BudgetId.of("IT-2027"), 9), LocalDate.parse("2026-05-26"), "x", next())));
        assertEquals(
                "known-posting",
                rule(() -> posted.reverse(
                        new EventId(BudgetId.of("OTHER"), 1), LocalDate.parse("2026-05-26"), "x", next())));
        assertEquals("not-blank", rule(() -> posted.reverse(invoice, LocalDate.parse("2026-05-26"), " ", next())));
        assertFalse(posted.isReversed(new EventId(BudgetId.of("OTHER"), 1)));
        assertFalse(posted.isReversed(new EventId(BudgetId.of("IT-2027"), 7)));
    }

    /** An invoice in USD converted at 1.0825: the entry keeps the document's amount and rate. */
    @Test
    void foreignAmountsKeepTheirDocumentAndRate() {
        ExchangeRate usdEur = new ExchangeRate(
                CurrencyUnit.USD, CurrencyUnit.EUR, new BigDecimal("0.9238"), LocalDate.parse("2026-05-20"));
        // 1000.00 USD x 0.9238 = 923.80 EUR
        LedgerEntry e =
                entry(ACTUAL, SERVERS, "923.80", "2026-05-20", MAY).convertedFrom(Money.parse("USD 1000.00"), usdEur);
        Ledger l = Ledger.open(BUDGET).post(e, next());
        assertEquals(Optional.of(new ForeignAmount(Money.parse("USD 1000.00"), usdEur)), e.foreign());
        assertEquals(
                Money.parse("EUR 923.80"),
                l.spending(LocalDate.parse("2026-05-31")).get(SERVERS).actual());
        assertEquals(
                "converted-amount",
                rule(() -> entry(ACTUAL, SERVERS, "923.90", "2026-05-20", MAY)
                        .convertedFrom(Money.parse("USD 1000.00"), usdEur)));
        assertThrows(
                CurrencyMismatchException.class,
                () -> entry(ACTUAL, SERVERS, "1.00", "2026-05-20", MAY).convertedFrom(Money.parse("GBP 1.00"), usdEur));
        assertThrows(
                CurrencyMismatchException.class,
                () -> entry(ACTUAL, SERVERS, "1.00", "2026-05-20", MAY)
                        .convertedFrom(
                                Money.parse("USD 1.00"),
                                new ExchangeRate(
                                        CurrencyUnit.USD,
                                        CurrencyUnit.GBP,
                                        BigDecimal.ONE,
                                        LocalDate.parse("2026-05-20"))));
        assertEquals(e.negated().negated(), e);
        assertEquals(
                Money.parse("USD -1000.00"), e.negated().foreign().orElseThrow().original());
    }

    @Test
    void entriesOutsideTheBudgetAreRefused() {
        Ledger l = Ledger.open(BUDGET);
        assertEquals(
                "known-line",
                rule(() -> l.post(entry(ACTUAL, BudgetLineId.of("ghost"), "1.00", "2026-05-20", MAY), next())));
        FiscalPeriod nextYear = FY2027.next().periods().get(0);
        assertEquals(
                "budget-period", rule(() -> l.post(entry(ACTUAL, SERVERS, "1.00", "2027-04-02", nextYear), next())));
        assertThrows(
                CurrencyMismatchException.class,
                () -> l.post(
                        LedgerEntry.of(ACTUAL, SERVERS, Money.parse("USD 1.00"), LocalDate.parse("2026-05-20"), MAY),
                        next()));
        Ledger one = l.post(
                entry(ACTUAL, SERVERS, "1.00", "2026-05-20", MAY),
                Stamp.of(ANNA, Instant.parse("2026-05-02T00:00:00Z")));
        assertEquals(
                "chronological",
                rule(() -> one.post(
                        entry(ACTUAL, SERVERS, "1.00", "2026-05-20", MAY),
                        Stamp.of(ANNA, Instant.parse("2026-05-01T00:00:00Z")))));
        assertEquals("required", rule(() -> l.post(null, next())));
    }

    @Test
    void replayRebuildsTheLedgerAndRefusesBrokenHistories() {
        Ledger l = Ledger.open(BUDGET)
                .post(entry(ACTUAL, SERVERS, "10.00", "2026-05-20", MAY), next())
                .post(entry(ORDERED, LICENCES, "20.00", "2026-05-21", MAY), next());
        Ledger r = l.reverse(l.timeline().get(0).id(), LocalDate.parse("2026-05-22"), "wrong", next());
        Ledger replayed = Ledger.replay(BUDGET, r.timeline());
        assertEquals(r, replayed);
        assertEquals(r.hashCode(), replayed.hashCode());
        assertTrue(replayed.isReversed(r.timeline().get(0).id()));
        assertEquals(BudgetId.of("IT-2027"), r.id());
        assertEquals(BUDGET, r.budget());
        assertEquals("ledger of IT-2027, 3 events", r.toString());
        // a reversal that names a later posting is refused on replay
        Timeline<LedgerEvent> forward = Timeline.<LedgerEvent>empty(BUDGET.id())
                .append(
                        next(),
                        new LedgerEvent.Reversed(new EventId(BUDGET.id(), 2), LocalDate.parse("2026-05-22"), "ahead"))
                .append(next(), new LedgerEvent.Posted(entry(ACTUAL, SERVERS, "1.00", "2026-05-20", MAY)));
        ValidationException e = assertThrows(ValidationException.class, () -> Ledger.replay(BUDGET, forward));
        assertEquals("timeline[0].posting", e.violations().get(0).path());
        Timeline<LedgerEvent> twice = r.timeline()
                .append(
                        next(),
                        new LedgerEvent.Reversed(r.timeline().get(0).id(), LocalDate.parse("2026-05-23"), "again"));
        assertThrows(StateChangeRefusedException.class, () -> Ledger.replay(BUDGET, twice));
        Timeline<LedgerEvent> badEntry = Timeline.<LedgerEvent>empty(BUDGET.id())
                .append(
                        next(),
                        new LedgerEvent.Posted(entry(ACTUAL, BudgetLineId.of("ghost"), "1.00", "2026-05-20", MAY)));
        assertEquals(
                "timeline[0].entry.line",
                assertThrows(ValidationException.class, () -> Ledger.replay(BUDGET, badEntry))
                        .violations()
                        .get(0)
                        .path());
        assertEquals("same-budget", rule(() -> Ledger.replay(BUDGET, Timeline.empty(BudgetId.of("OTHER")))));
        assertFalse(Ledger.open(BUDGET).equals(l));
        assertFalse(l.equals("x"));
    }

    private static Spending spending(String requested, String ordered, String actual, String accrued) {
        return new Spending(
                Money.parse("EUR " + requested),
                Money.parse("EUR " + ordered),
                Money.parse("EUR " + actual),
                Money.parse("EUR " + accrued));
    }

    /** A converted amount may be off the exact product by less than a cent, not by a cent. */
    @Test
    void convertedAmountsAreTheProductRounded() {
        ExchangeRate rate = new ExchangeRate(
                CurrencyUnit.USD, CurrencyUnit.EUR, new BigDecimal("0.92385"), LocalDate.parse("2026-05-20"));
        // 10.00 x 0.92385 = 9.2385: 9.23 and 9.24 are both within a cent, 9.22 is not
        entry(ACTUAL, SERVERS, "9.23", "2026-05-20", MAY).convertedFrom(Money.parse("USD 10.00"), rate);
        entry(ACTUAL, SERVERS, "9.24", "2026-05-20", MAY).convertedFrom(Money.parse("USD 10.00"), rate);
        assertEquals(
                "converted-amount",
                rule(() -> entry(ACTUAL, SERVERS, "9.22", "2026-05-20", MAY)
                        .convertedFrom(Money.parse("USD 10.00"), rate)));
        ExchangeRate exact = new ExchangeRate(
                CurrencyUnit.USD, CurrencyUnit.EUR, new BigDecimal("0.9"), LocalDate.parse("2026-05-20"));
        // 10.00 x 0.9 = 9.00 exactly: 9.01 is a cent off
        assertEquals(
                "converted-amount",
                rule(() -> entry(ACTUAL, SERVERS, "9.01", "2026-05-20", MAY)
                        .convertedFrom(Money.parse("USD 10.00"), exact)));
        assertTrue(Ledger.open(BUDGET).hashCode()
                != Ledger.open(BUDGET)
                        .post(entry(ACTUAL, SERVERS, "1.00", "2026-05-20", MAY), next())
                        .hashCode());
    }
}
