package io.itsmkit.budget.contract;

import static io.itsmkit.budget.BadInput.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.budget.fiscal.DateRange;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.organisation.SupplierId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupplierContractTest {
    private static final DateRange YEAR_2026 =
            DateRange.ofInclusive(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private static SupplierContract.Builder contract(String value, DateRange term) {
        return SupplierContract.builder(ContractId.of("C-7"), SupplierId.of("ACME"), Money.parse(value), term);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /**
     * The notice deadline is the last day notice can be given: a term ending 31 December with three months'
     * notice ends at 1 January 00:00; three months before is 1 October 00:00, so notice is due by 30
     * September. A term ending 28 February 2027 (ends 1 March): 1 December, so by 30 November.
     */
    @ParameterizedTest
    @CsvSource({
        "2026-01-01,2026-12-31,3,2026-09-30",
        "2026-03-01,2027-02-28,3,2026-11-30",
        "2026-01-01,2026-12-31,0,2026-12-31",
        "2026-01-01,2026-12-31,1,2026-11-30"
    })
    void noticeDeadline(LocalDate first, LocalDate last, int months, LocalDate deadline) {
        SupplierContract c = contract("EUR 12000.00", DateRange.ofInclusive(first, last))
                .notice(Period.ofMonths(months))
                .build();
        assertEquals(deadline, c.noticeDeadline(first));
    }

    /** A tacit renewal by a year rolls the term and its deadline forward, counted from the first end. */
    @Test
    void tacitRenewalRollsTheTermForward() {
        SupplierContract c = contract("EUR 12000.00", DateRange.ofInclusive(d("2026-01-31"), d("2026-02-27")))
                .notice(Period.ofDays(10))
                .renewal(Renewal.TACIT, Period.ofMonths(1))
                .build();
        assertEquals(DateRange.of(d("2026-01-31"), d("2026-02-28")), c.termOn(d("2026-01-01")));
        assertEquals(DateRange.of(d("2026-02-28"), d("2026-03-28")), c.termOn(d("2026-03-01")));
        assertEquals(DateRange.of(d("2026-03-28"), d("2026-04-28")), c.termOn(d("2026-03-28")));
        assertEquals(d("2026-04-17"), c.noticeDeadline(d("2026-04-01")));
        SupplierContract express = contract("EUR 1.00", YEAR_2026)
                .renewal(Renewal.EXPRESS, Period.ofYears(1))
                .build();
        assertEquals(YEAR_2026, express.termOn(d("2027-06-01")));
        SupplierContract yearly = contract("EUR 1.00", YEAR_2026)
                .renewal(Renewal.TACIT, Period.ofYears(1))
                .build();
        assertEquals(DateRange.ofInclusive(d("2030-01-01"), d("2030-12-31")), yearly.termOn(d("2030-07-01")));
        assertEquals(
                "date-in-range",
                assertThrows(ValidationException.class, () -> yearly.termOn(LocalDate.MAX))
                        .violations()
                        .get(0)
                        .rule());
    }

    /** The alert window runs from the lead time before the deadline up to the deadline itself. */
    @ParameterizedTest
    @CsvSource({"2026-08-30,-1", "2026-08-31,30", "2026-09-15,15", "2026-09-30,0", "2026-10-01,-1", "2027-08-31,30"})
    void renewalAlertWindow(LocalDate asOf, long daysLeft) {
        SupplierContract c = contract("EUR 12000.00", YEAR_2026)
                .notice(Period.ofMonths(3))
                .renewal(Renewal.TACIT, Period.ofYears(1))
                .build();
        Optional<RenewalAlert> alert = c.renewalAlert(asOf, Period.ofDays(30));
        assertEquals(daysLeft >= 0, alert.isPresent());
        alert.ifPresent(a -> {
            assertEquals(daysLeft, a.daysLeft());
            assertEquals(ContractId.of("C-7"), a.contract());
            assertTrue(a.reason().startsWith("contract C-7 renews tacitly after"), a.reason());
        });
    }

    @Test
    void alertReasonsSayWhatHappens() {
        RenewalAlert none = contract("EUR 1.00", YEAR_2026)
                .notice(Period.ofMonths(1))
                .build()
                .renewalAlert(d("2026-11-30"), Period.ofDays(5))
                .orElseThrow();
        assertEquals(
                "contract C-7 ends on 2026-12-31; notice to end it is due by 2026-11-30 (0 days left)", none.reason());
        RenewalAlert express = contract("EUR 1.00", YEAR_2026)
                .notice(Period.ofMonths(1))
                .renewal(Renewal.EXPRESS, Period.ofYears(1))
                .build()
                .renewalAlert(d("2026-11-29"), Period.ofDays(5))
                .orElseThrow();
        assertEquals(
                "contract C-7 ends on 2026-12-31 unless a renewal is agreed by 2026-11-30 (1 days left)",
                express.reason());
    }

    /** Monthly billing of 12,000.00 over a year: twelve invoices of 1,000.00 on the first of each month. */
    @Test
    void billingSchedules() {
        List<Installment> monthly = contract("EUR 12000.00", YEAR_2026)
                .billing(BillingFrequency.MONTHLY)
                .build()
                .billingSchedule();
        assertEquals(12, monthly.size());
        assertEquals(
                new Installment(
                        d("2026-03-01"), DateRange.of(d("2026-03-01"), d("2026-04-01")), Money.parse("EUR 1000.00")),
                monthly.get(2));
        List<Installment> quarterly = contract("EUR 12000.00", YEAR_2026)
                .billing(BillingFrequency.QUARTERLY)
                .build()
                .billingSchedule();
        assertEquals(
                List.of(d("2026-01-01"), d("2026-04-01"), d("2026-07-01"), d("2026-10-01")),
                quarterly.stream().map(Installment::date).toList());
        // 100.00 in three monthly invoices: 33.34, 33.33, 33.33 (the extra cent to the first)
        List<Installment> thirds = contract("EUR 100.00", DateRange.of(d("2026-01-15"), d("2026-04-15")))
                .billing(BillingFrequency.MONTHLY)
                .build()
                .billingSchedule();
        assertEquals(
                List.of(Money.parse("EUR 33.34"), Money.parse("EUR 33.33"), Money.parse("EUR 33.33")),
                thirds.stream().map(Installment::amount).toList());
        assertEquals(
                DateRange.of(d("2026-02-15"), d("2026-03-15")), thirds.get(1).period());
        // a term that is not a whole number of billing periods ends with a shorter one
        List<Installment> partial = contract("EUR 100.00", DateRange.of(d("2026-01-01"), d("2026-05-15")))
                .billing(BillingFrequency.QUARTERLY)
                .build()
                .billingSchedule();
        assertEquals(
                DateRange.of(d("2026-04-01"), d("2026-05-15")), partial.get(1).period());
        List<Installment> once = contract("EUR 100.00", YEAR_2026).build().billingSchedule();
        assertEquals(List.of(new Installment(d("2026-01-01"), YEAR_2026, Money.parse("EUR 100.00"))), once);
        assertEquals(12, BillingFrequency.ANNUALLY.months());
    }

    @Test
    void linksUnderpinningContractsByIdentifier() {
        SupplierContract c = contract("EUR 1.00", YEAR_2026)
                .underpins(UnderpinningContractRef.of("UC-1"))
                .underpins(UnderpinningContractRef.of("UC-2"))
                .underpins(UnderpinningContractRef.of("UC-1"))
                .build();
        assertEquals(
                Set.of(UnderpinningContractRef.of("UC-1"), UnderpinningContractRef.of("UC-2")),
                c.underpinningContracts());
        assertEquals(SupplierId.of("ACME"), c.supplier());
        assertEquals(Money.parse("EUR 1.00"), c.value());
        assertEquals(YEAR_2026, c.term());
        assertEquals(BillingFrequency.ONCE, c.billing());
        assertEquals(Period.ZERO, c.notice());
        assertEquals(Renewal.NONE, c.renewal());
        assertEquals(Period.ZERO, c.renewalPeriod());
        assertEquals(ContractId.of("C-7"), c.id());
        assertTrue(c.toString().startsWith("contract C-7 with ACME EUR 1.00"), c.toString());
    }

    @Test
    void badContractsAreNamedViolations() {
        assertEquals(
                "notice-within-term",
                rule(() -> contract("EUR 1.00", YEAR_2026)
                        .notice(Period.ofMonths(13))
                        .build()));
        assertEquals("period", rule(() -> contract("EUR 1.00", YEAR_2026).notice(Period.ofMonths(-1))));
        assertEquals("period", rule(() -> contract("EUR 1.00", YEAR_2026).notice(Period.ofYears(Integer.MAX_VALUE))));
        assertEquals("period", rule(() -> contract("EUR 1.00", YEAR_2026).notice(Period.ofDays(Integer.MAX_VALUE))));
        assertEquals(
                "renewal-period", rule(() -> contract("EUR 1.00", YEAR_2026).renewal(Renewal.NONE, Period.ofYears(1))));
        assertEquals(
                "renewal-period", rule(() -> contract("EUR 1.00", YEAR_2026).renewal(Renewal.TACIT, Period.ZERO)));
        assertEquals("not-negative", rule(() -> contract("EUR -1.00", YEAR_2026)));
        assertEquals("required", rule(() -> contract("EUR 1.00", YEAR_2026).billing(null)));
        SupplierContract c = contract("EUR 1.00", YEAR_2026).build();
        assertEquals("period", rule(() -> c.renewalAlert(d("2026-01-01"), Period.ofDays(-1))));
    }

    /** Periods up to a hundred years are accepted, a month more is not. */
    @Test
    void periodBoundsAreExact() {
        DateRange century = DateRange.of(d("2000-01-01"), d("2200-01-01"));
        assertEquals(
                Period.ofMonths(1200),
                contract("EUR 1.00", century)
                        .notice(Period.ofMonths(1200))
                        .build()
                        .notice());
        assertEquals("period", rule(() -> contract("EUR 1.00", century).notice(Period.ofMonths(1201))));
        assertEquals(
                Period.ofDays(36_600),
                contract("EUR 1.00", century)
                        .notice(Period.ofDays(36_600))
                        .build()
                        .notice());
        assertEquals("period", rule(() -> contract("EUR 1.00", century).notice(Period.ofDays(36_601))));
        assertEquals("period", rule(() -> contract("EUR 1.00", century).notice(Period.of(0, 0, -1))));
        assertEquals("period", rule(() -> contract("EUR 1.00", century).notice(Period.of(-1, 13, 0))));
        // a notice exactly as long as the term is allowed: the deadline is the day before the term starts
        SupplierContract whole =
                contract("EUR 1.00", YEAR_2026).notice(Period.ofYears(1)).build();
        assertEquals(d("2025-12-31"), whole.noticeDeadline(d("2026-01-01")));
        // a tacit contract whose renewals would run past 2999 says so
        SupplierContract late = contract("EUR 1.00", DateRange.ofInclusive(d("2998-01-01"), d("2998-12-31")))
                .renewal(Renewal.TACIT, Period.ofYears(1))
                .build();
        assertEquals(DateRange.ofInclusive(d("2999-01-01"), d("2999-12-31")), late.termOn(d("2999-12-31")));
        assertEquals(
                "date-in-range",
                assertThrows(ValidationException.class, () -> late.termOn(d("3000-01-01")))
                        .violations()
                        .get(0)
                        .rule());
    }
}
