package io.itsmkit.budget.testkit;

import io.itsmkit.budget.alert.Threshold;
import io.itsmkit.budget.chargeback.ChargebackRule;
import io.itsmkit.budget.chargeback.CostObjectId;
import io.itsmkit.budget.contract.BillingFrequency;
import io.itsmkit.budget.contract.ContractId;
import io.itsmkit.budget.contract.Renewal;
import io.itsmkit.budget.contract.SupplierContract;
import io.itsmkit.budget.contract.UnderpinningContractRef;
import io.itsmkit.budget.fiscal.DateRange;
import io.itsmkit.budget.fiscal.FiscalCalendar;
import io.itsmkit.budget.fiscal.FiscalPeriod;
import io.itsmkit.budget.fiscal.FiscalYear;
import io.itsmkit.budget.fiscal.PeriodPattern;
import io.itsmkit.budget.fiscal.YearNaming;
import io.itsmkit.budget.forecast.EarnedValue;
import io.itsmkit.budget.ledger.EntryKind;
import io.itsmkit.budget.ledger.Ledger;
import io.itsmkit.budget.ledger.LedgerEntry;
import io.itsmkit.budget.ledger.LedgerEvent;
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
import io.itsmkit.budget.status.StatusReport;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.testkit.BadInputSanity;
import io.itsmkit.core.testkit.Sampler;
import io.itsmkit.core.timeline.EventId;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.core.timeline.Timeline;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Samplers of every public itsm-budget value type, valid by construction, for property tests of itsmkit
 * and of host applications.
 *
 * <p>Each method returns a {@link Sampler}: call {@code sample(random)} from any test framework, or
 * {@code gen()} for a QuickTheories generator. Values are built through the public API only, so every
 * sample passed the library's own validation.
 */
public final class BudgetFixtures {
    private BudgetFixtures() {}

    /** Currencies of every ISO scale: 0 (JPY, KRW), 2 (EUR, USD, CHF), 3 (BHD, KWD), 4 (CLF, UYW). */
    private static final List<String> CODES =
            List.of("JPY", "KRW", "EUR", "USD", "CHF", "GBP", "BHD", "KWD", "CLF", "UYW");

    /**
     * Currencies with 0, 2, 3 and 4 decimals, including one known only from the override table.
     *
     * @return the sampler
     */
    public static Sampler<CurrencyUnit> currencies() {
        return Sampler.oneOf(CODES).map(CurrencyUnit::of);
    }

    /**
     * Amounts in minor units from minus to plus {@code maxMinorUnits}, zero more often than by chance.
     *
     * @param currency the currency
     * @param maxMinorUnits the largest absolute amount in minor units, at least 1
     * @return the sampler
     */
    public static Sampler<Money> money(CurrencyUnit currency, long maxMinorUnits) {
        return r -> r.nextInt(10) == 0
                ? Money.zero(currency)
                : Money.ofMinor(r.nextLong(-maxMinorUnits, maxMinorUnits + 1), currency);
    }

    /**
     * Amounts of zero or more in any sampled currency, up to 10^12 minor units.
     *
     * @return the sampler
     */
    public static Sampler<Money> nonNegativeMoney() {
        return r -> Money.ofMinor(
                r.nextInt(10) == 0 ? 0 : r.nextLong(1_000_000_000_000L),
                currencies().sample(r));
    }

    /**
     * Amounts of zero or more in a currency, up to {@code maxMinorUnits}.
     *
     * @param currency the currency
     * @param maxMinorUnits the largest amount in minor units
     * @return the sampler
     */
    public static Sampler<Money> nonNegativeMoney(CurrencyUnit currency, long maxMinorUnits) {
        return r -> Money.ofMinor(r.nextInt(10) == 0 ? 0 : r.nextLong(maxMinorUnits + 1), currency);
    }

    /**
     * Decimal weights: integers, decimals with up to six places, zeros, and huge ones.
     *
     * @return the sampler
     */
    public static Sampler<BigDecimal> weights() {
        return r -> switch (r.nextInt(6)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> BigDecimal.valueOf(r.nextLong(1, 1000));
            case 2 -> BigDecimal.valueOf(r.nextLong(1, 100_000_000), r.nextInt(1, 7));
            case 3 ->
                new BigDecimal(
                        BigInteger.valueOf(r.nextLong(1, 1_000_000_000_000L))
                                .multiply(BigInteger.valueOf(r.nextLong(1, 1_000_000_000_000L))),
                        r.nextInt(0, 10));
            default -> BigDecimal.valueOf(r.nextInt(1, 4));
        };
    }

    /**
     * Lists of 1 to {@code maxSize} weights with at least one above zero.
     *
     * @param maxSize the longest list
     * @return the sampler
     */
    public static Sampler<List<BigDecimal>> weightLists(int maxSize) {
        return r -> {
            List<BigDecimal> w = new ArrayList<>(weights().sampleList(r, 1, maxSize));
            if (w.stream().allMatch(x -> x.signum() == 0)) {
                w.set(r.nextInt(w.size()), BigDecimal.ONE);
            }
            return List.copyOf(w);
        };
    }

    /**
     * Dated exchange rates between distinct sampled currencies, with up to eight decimals.
     *
     * @return the sampler
     */
    public static Sampler<ExchangeRate> exchangeRates() {
        return r -> {
            CurrencyUnit from = currencies().sample(r);
            CurrencyUnit to = currencies().sample(r);
            while (to.equals(from)) {
                to = currencies().sample(r);
            }
            return new ExchangeRate(from, to, BigDecimal.valueOf(r.nextLong(1, 1_000_000_000L), 8), dates().sample(r));
        };
    }

    /**
     * Days from 2000 to 2099.
     *
     * @return the sampler
     */
    public static Sampler<LocalDate> dates() {
        long from = LocalDate.of(2000, 1, 1).toEpochDay();
        long to = LocalDate.of(2100, 1, 1).toEpochDay();
        return r -> LocalDate.ofEpochDay(r.nextLong(from, to));
    }

    /**
     * Ranges of 1 day to about 5 years starting from 2000 to 2099.
     *
     * @return the sampler
     */
    public static Sampler<DateRange> dateRanges() {
        return r -> {
            LocalDate start = dates().sample(r);
            return DateRange.of(start, start.plusDays(r.nextInt(10) == 0 ? 1 : r.nextLong(1, 5 * 366)));
        };
    }

    /**
     * Fiscal calendars starting on any day but 29 February, both namings, every pattern.
     *
     * @return the sampler
     */
    public static Sampler<FiscalCalendar> fiscalCalendars() {
        return r -> {
            Month m = Month.of(r.nextInt(1, 13));
            int day = r.nextInt(1, m.minLength() + 1);
            return FiscalCalendar.of(
                    MonthDay.of(m, day),
                    YearNaming.values()[r.nextInt(2)],
                    PeriodPattern.values()[r.nextInt(PeriodPattern.values().length)]);
        };
    }

    /**
     * Fiscal years from 2000 to 2099 of sampled calendars.
     *
     * @return the sampler
     */
    public static Sampler<FiscalYear> fiscalYears() {
        return r -> fiscalCalendars().sample(r).yearOf(dates().sample(r));
    }

    /**
     * Fiscal periods of sampled years.
     *
     * @return the sampler
     */
    public static Sampler<FiscalPeriod> fiscalPeriods() {
        return r -> {
            List<FiscalPeriod> p = fiscalYears().sample(r).periods();
            return p.get(r.nextInt(p.size()));
        };
    }

    /**
     * Phasings: even, weighted for {@code periods} periods, seasonal.
     *
     * @param periods the number of periods a weighted phasing is for
     * @return the sampler
     */
    public static Sampler<Phasing> phasings(int periods) {
        return r -> switch (r.nextInt(3)) {
            case 0 -> Phasing.EVEN;
            case 1 -> {
                List<BigDecimal> w = new ArrayList<>();
                for (int i = 0; i < periods; i++) {
                    w.add(BigDecimal.valueOf(r.nextInt(0, 100)));
                }
                w.set(r.nextInt(periods), BigDecimal.valueOf(r.nextInt(1, 100)));
                yield Phasing.weighted(w);
            }
            default -> {
                Map<Month, BigDecimal> m = new EnumMap<>(Month.class);
                for (Month month : Month.values()) {
                    m.put(month, BigDecimal.valueOf(r.nextInt(1, 200), r.nextInt(0, 3)));
                }
                yield Phasing.seasonal(m);
            }
        };
    }

    /**
     * Budgets of one to three consecutive sampled fiscal years with up to eight lines in a sampled
     * currency.
     *
     * @return the sampler
     */
    public static Sampler<Budget> budgets() {
        return r -> {
            FiscalYear year = fiscalYears().sample(r);
            CurrencyUnit currency = currencies().sample(r);
            Budget.Builder b = Budget.builder(BudgetId.of("B-" + r.nextInt(1000)), year, currency);
            int years = r.nextInt(1, 4);
            FiscalYear last = year;
            for (int i = 1; i < years; i++) {
                last = last.next();
            }
            b.throughYear(last);
            int periods = year.periods().size() * years;
            int lines = r.nextInt(0, 9);
            for (int i = 0; i < lines; i++) {
                b.line(new BudgetLine(
                        BudgetLineId.of("L" + i),
                        CostCenterId.of("CC-" + r.nextInt(3)),
                        ExpenseType.values()[r.nextInt(2)],
                        CostCategory.of(List.of("Software", "Hardware", "Internal Labor", "Outside Services")
                                .get(r.nextInt(4))),
                        nonNegativeMoney(currency, 10_000_000_000L).sample(r),
                        phasings(periods).sample(r)));
            }
            return b.build();
        };
    }

    /**
     * Spending by stage in a currency, each stage from minus to plus {@code maxMinorUnits}.
     *
     * @param currency the currency
     * @param maxMinorUnits the largest absolute amount per stage
     * @return the sampler
     */
    public static Sampler<Spending> spending(CurrencyUnit currency, long maxMinorUnits) {
        Sampler<Money> m = money(currency, maxMinorUnits);
        return r -> new Spending(m.sample(r), m.sample(r), m.sample(r), m.sample(r));
    }

    /**
     * Consumption stages.
     *
     * @return the sampler
     */
    public static Sampler<ConsumptionStage> stages() {
        return Sampler.oneOf(List.of(ConsumptionStage.values()));
    }

    /**
     * Alert thresholds from 1% to 200% (some with decimals) and {@link Threshold#EXCEEDED}.
     *
     * @return the sampler
     */
    public static Sampler<Threshold> thresholds() {
        return r -> r.nextInt(5) == 0
                ? Threshold.EXCEEDED
                : Threshold.of(
                        BigDecimal.valueOf(r.nextLong(1, 20_001), r.nextInt(3)).max(BigDecimal.ONE));
    }

    /**
     * Earned-value figures in a sampled currency, zeros included.
     *
     * @return the sampler
     */
    public static Sampler<EarnedValue> earnedValues() {
        return r -> {
            CurrencyUnit c = currencies().sample(r);
            Sampler<Money> m = nonNegativeMoney(c, 100_000_000);
            return EarnedValue.of(m.sample(r), m.sample(r), m.sample(r), m.sample(r));
        };
    }

    /**
     * Cost object identifiers from a small pool, so rules meet.
     *
     * @return the sampler
     */
    public static Sampler<CostObjectId> costObjects() {
        return r -> CostObjectId.of("CO-" + r.nextInt(12));
    }

    /**
     * A chain of TBM rules without cycles: pools feed towers, towers feed consumers, with driver quantities
     * from zero up.
     *
     * @return the sampler of rule lists
     */
    public static Sampler<List<ChargebackRule>> chargebackRules() {
        return r -> {
            List<ChargebackRule> rules = new ArrayList<>();
            int layers = r.nextInt(1, 4);
            for (int layer = 0; layer < layers; layer++) {
                int sources = r.nextInt(1, 4);
                for (int s = 0; s < sources; s++) {
                    Map<CostObjectId, BigDecimal> q = new LinkedHashMap<>();
                    int targets = r.nextInt(1, 6);
                    for (int t = 0; t < targets; t++) {
                        q.put(
                                CostObjectId.of("L" + (layer + 1) + "-" + r.nextInt(6)),
                                BigDecimal.valueOf(r.nextInt(0, 500)));
                    }
                    q.put(CostObjectId.of("L" + (layer + 1) + "-0"), BigDecimal.valueOf(r.nextInt(1, 500)));
                    rules.add(new ChargebackRule(CostObjectId.of("L" + layer + "-" + s), "driver" + layer, q));
                }
            }
            return List.copyOf(rules);
        };
    }

    /**
     * Supplier contracts with every billing frequency and renewal kind, terms of 1 to 48 months from
     * 2000 to 2090, notice of 0 to 6 months.
     *
     * @return the sampler
     */
    public static Sampler<SupplierContract> contracts() {
        return r -> {
            LocalDate start = LocalDate.of(r.nextInt(2000, 2090), r.nextInt(1, 13), r.nextInt(1, 29));
            DateRange term = DateRange.of(start, start.plusMonths(r.nextInt(1, 49)));
            Renewal renewal = Renewal.values()[r.nextInt(3)];
            SupplierContract.Builder b = SupplierContract.builder(
                            ContractId.of("C-" + r.nextInt(10_000)),
                            SupplierId.of("S-" + r.nextInt(100)),
                            nonNegativeMoney(currencies().sample(r), 100_000_000_00L)
                                    .sample(r),
                            term)
                    .billing(BillingFrequency.values()[r.nextInt(BillingFrequency.values().length)])
                    .notice(Period.ofMonths(r.nextInt(0, Math.min(7, (int) (term.days() / 31) + 1))))
                    .renewal(renewal, renewal == Renewal.NONE ? Period.ZERO : Period.ofMonths(r.nextInt(1, 37)));
            for (int i = r.nextInt(3); i > 0; i--) {
                b.underpins(UnderpinningContractRef.of("UC-" + r.nextInt(50)));
            }
            return b.build();
        };
    }

    /**
     * Budgets with one to eight lines, so ledgers can post to them.
     *
     * @return the sampler
     */
    public static Sampler<Budget> budgetsWithLines() {
        return r -> {
            Budget b = budgets().sample(r);
            while (b.lines().isEmpty()) {
                b = budgets().sample(r);
            }
            return b;
        };
    }

    /**
     * Entries of every kind on the lines and periods of a budget, in its currency, signed, dated within
     * its span, some with a supplier, a contract and a reference.
     *
     * @param budget a budget with at least one line
     * @return the sampler
     */
    public static Sampler<LedgerEntry> ledgerEntries(Budget budget) {
        List<BudgetLine> lines = budget.lines();
        List<FiscalPeriod> periods = budget.periods();
        Sampler<Money> amounts = money(budget.currency(), 10_000_000);
        return r -> {
            FiscalPeriod period = periods.get(r.nextInt(periods.size()));
            LedgerEntry e = LedgerEntry.of(
                    EntryKind.values()[r.nextInt(EntryKind.values().length)],
                    lines.get(r.nextInt(lines.size())).id(),
                    amounts.sample(r),
                    period.range().start().plusDays(r.nextLong(period.range().days())),
                    period);
            if (r.nextInt(3) == 0) {
                e = e.fromSupplier(SupplierId.of("S-" + r.nextInt(20))).withReference("PO-" + r.nextInt(100_000));
            }
            if (r.nextInt(4) == 0) {
                e = e.underContract(ContractId.of("C-" + r.nextInt(20)));
            }
            return e;
        };
    }

    /**
     * Ledgers of sampled budgets with 1 to 40 events: postings and reversals of some of them, stamped in
     * order with nanosecond instants, some recorded after they occurred.
     *
     * @return the sampler
     */
    public static Sampler<Ledger> ledgers() {
        return r -> {
            Budget budget = budgetsWithLines().sample(r);
            Ledger ledger = Ledger.open(budget);
            Instant at = Instant.parse("2026-01-01T00:00:00Z").plusNanos(r.nextLong(1_000_000_000_000_000L));
            Sampler<LedgerEntry> entries = ledgerEntries(budget);
            List<EventId> postings = new ArrayList<>();
            for (int i = r.nextInt(1, 41); i > 0; i--) {
                at = at.plusNanos(r.nextLong(1, 10_000_000_000_000L));
                Stamp stamp = r.nextInt(5) == 0
                        ? Stamp.of(ACTOR, at, at.plusSeconds(r.nextInt(1, 86_400)))
                        : Stamp.of(ACTOR, at);
                if (!postings.isEmpty() && r.nextInt(5) == 0) {
                    EventId posting = postings.remove(r.nextInt(postings.size()));
                    LocalDate date = ((LedgerEvent.Posted) ledger.timeline()
                                    .get((int) posting.sequence() - 1)
                                    .event())
                            .entry()
                            .date()
                            .plusDays(r.nextInt(60));
                    ledger = ledger.reverse(posting, date, "correction", stamp);
                } else {
                    postings.add(ledger.timeline().nextId());
                    ledger = ledger.post(entries.sample(r), stamp);
                }
                at = stamp.recordedAt();
            }
            return ledger;
        };
    }

    /**
     * Lines of sampled budgets.
     *
     * @return the sampler
     */
    public static Sampler<BudgetLine> budgetLines() {
        return r -> {
            List<BudgetLine> lines = budgetsWithLines().sample(r).lines();
            return lines.get(r.nextInt(lines.size()));
        };
    }

    /**
     * Entries of sampled budgets.
     *
     * @return the sampler
     */
    public static Sampler<LedgerEntry> ledgerEntries() {
        return r -> ledgerEntries(budgetsWithLines().sample(r)).sample(r);
    }

    /**
     * Status reports of sampled ledgers on a date within their budget's span, at any stage.
     *
     * @return the sampler
     */
    public static Sampler<StatusReport> statusReports() {
        return r -> {
            Ledger l = ledgers().sample(r);
            LocalDate asOf = l.budget()
                    .range()
                    .start()
                    .plusDays(r.nextLong(l.budget().range().days()));
            return l.status(asOf, stages().sample(r));
        };
    }

    /**
     * The bad-input sanity tester of core with a valid sample of every budget type that cannot be derived
     * from its components.
     *
     * @return the tester
     */
    public static BadInputSanity sanity() {
        return BadInputSanity.withCoreSamples()
                .with(CurrencyUnit.class, currencies())
                .with(Money.class, nonNegativeMoney())
                .with(ExchangeRate.class, exchangeRates())
                .with(DateRange.class, dateRanges())
                .with(FiscalCalendar.class, fiscalCalendars())
                .with(FiscalYear.class, fiscalYears())
                .with(FiscalPeriod.class, fiscalPeriods())
                .with(Phasing.class, r -> Phasing.EVEN)
                .with(Budget.class, budgetsWithLines())
                .with(BudgetLine.class, budgetLines())
                .with(Spending.class, r -> spending(CurrencyUnit.EUR, 1_000_000).sample(r))
                .with(Threshold.class, thresholds())
                .with(EarnedValue.class, earnedValues())
                .with(CostObjectId.class, costObjects())
                .with(SupplierContract.class, contracts())
                .with(Ledger.class, ledgers())
                .with(LedgerEntry.class, ledgerEntries())
                .with(StatusReport.class, statusReports())
                .with(BudgetStatus.class, statusReports().map(StatusReport::total))
                .with(Timeline.class, ledgers().map(Ledger::timeline))
                .with(EventId.class, ledgers().map(l -> l.timeline().last().id()));
    }

    private static final ActorId ACTOR = ActorId.of("controller");
}
