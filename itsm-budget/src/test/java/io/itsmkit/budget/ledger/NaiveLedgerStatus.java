package io.itsmkit.budget.ledger;

import io.itsmkit.budget.money.Money;
import io.itsmkit.budget.plan.BudgetLineId;
import io.itsmkit.budget.status.ConsumptionStage;
import io.itsmkit.budget.status.Spending;
import io.itsmkit.budget.status.StatusReport;
import io.itsmkit.core.timeline.EventId;
import io.itsmkit.core.timeline.Recorded;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The test oracle and benchmark baseline: a ledger's status the obvious way, with streams grouping the
 * entries that count by line and kind and summing them as money.
 */
final class NaiveLedgerStatus {
    private NaiveLedgerStatus() {}

    static StatusReport status(Ledger ledger, LocalDate asOf, ConsumptionStage stage) {
        Map<EventId, LocalDate> reversedOn = new HashMap<>();
        for (Recorded<LedgerEvent> r : ledger.timeline()) {
            if (r.event() instanceof LedgerEvent.Reversed rev) {
                reversedOn.put(rev.posting(), rev.date());
            }
        }
        Money zero = Money.zero(ledger.budget().currency());
        Map<BudgetLineId, Map<EntryKind, Money>> sums = ledger.timeline().events().stream()
                .filter(r -> r.event() instanceof LedgerEvent.Posted)
                .filter(r -> !reversedOn.containsKey(r.id())
                        || reversedOn.get(r.id()).isAfter(asOf))
                .map(r -> ((LedgerEvent.Posted) r.event()).entry())
                .filter(e -> !e.date().isAfter(asOf))
                .collect(Collectors.groupingBy(
                        LedgerEntry::line,
                        Collectors.groupingBy(
                                LedgerEntry::kind, Collectors.reducing(zero, LedgerEntry::amount, Money::plus))));
        Map<BudgetLineId, Spending> spending = new HashMap<>();
        Map<BudgetLineId, Money> revisions = new HashMap<>();
        sums.forEach((line, byKind) -> {
            spending.put(
                    line,
                    new Spending(
                            byKind.getOrDefault(EntryKind.REQUESTED, zero),
                            byKind.getOrDefault(EntryKind.ORDERED, zero),
                            byKind.getOrDefault(EntryKind.ACTUAL, zero),
                            byKind.getOrDefault(EntryKind.ACCRUAL, zero)));
            revisions.put(line, byKind.getOrDefault(EntryKind.PLAN, zero));
        });
        return StatusReport.of(ledger.budget(), spending, revisions, asOf, stage);
    }
}
