package io.itsmkit.budget.ledger;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.budget.plan.Budget;
import io.itsmkit.budget.status.ConsumptionStage;
import io.itsmkit.budget.status.StatusReport;
import io.itsmkit.budget.testkit.BudgetFixtures;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.testkit.Sampler;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LedgerProperties {
    private static final ActorId ACTOR = ActorId.of("clerk");

    /** A budget, entries for it, a seed to shuffle them with, and a status date. */
    record Case(Budget budget, List<LedgerEntry> entries, long seed, LocalDate asOf) {}

    private static final Sampler<Case> CASES = r -> {
        Budget b = BudgetFixtures.budgetsWithLines().sample(r);
        List<LedgerEntry> entries = BudgetFixtures.ledgerEntries(b).sampleList(r, 0, 60);
        LocalDate asOf = b.range().start().plusDays(r.nextLong(-10, b.range().days() + 10));
        return new Case(b, entries, r.nextLong(), asOf);
    };

    private static Ledger post(Budget b, List<LedgerEntry> entries) {
        Ledger l = Ledger.open(b);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (LedgerEntry e : entries) {
            at = at.plusSeconds(1);
            l = l.post(e, Stamp.of(ACTOR, at));
        }
        return l;
    }

    private static boolean sameStatus(StatusReport a, StatusReport b) {
        return a.lines().equals(b.lines());
    }

    @Test
    void statusDoesNotDependOnTheOrderEntriesArePosted() {
        qt().forAll(CASES.gen(), BudgetFixtures.stages().gen()).check((c, stage) -> {
            List<LedgerEntry> shuffled = new ArrayList<>(c.entries());
            Collections.shuffle(shuffled, new Random(c.seed()));
            return sameStatus(
                    post(c.budget(), c.entries()).status(c.asOf(), stage),
                    post(c.budget(), shuffled).status(c.asOf(), stage));
        });
    }

    /** Reversing every entry, in any order, brings every line back to its budget as planned. */
    @Test
    void reversingEveryEntryYieldsZero() {
        qt().forAll(CASES.gen(), BudgetFixtures.stages().gen()).check((c, stage) -> {
            Ledger l = post(c.budget(), c.entries());
            List<Recorded<LedgerEvent>> postings = new ArrayList<>(l.timeline().events());
            Collections.shuffle(postings, new Random(c.seed()));
            Instant at = Instant.parse("2027-01-01T00:00:00Z");
            for (Recorded<LedgerEvent> p : postings) {
                at = at.plusSeconds(1);
                LocalDate date = ((LedgerEvent.Posted) p.event()).entry().date();
                l = l.reverse(p.id(), date, "undo", Stamp.of(ACTOR, at));
            }
            LocalDate after = c.budget().range().end().plusDays(400);
            StatusReport none = StatusReport.of(c.budget(), Map.of(), after, stage);
            boolean zeroSpending = l.spending(after).values().stream()
                    .allMatch(s -> s.consumed(ConsumptionStage.FROM_REQUESTED).isZero()
                            && s.requested().isZero()
                            && s.ordered().isZero()
                            && s.actual().isZero()
                            && s.accrued().isZero());
            boolean zeroRevisions = l.revisions(after).values().stream().allMatch(m -> m.isZero());
            return zeroSpending && zeroRevisions && sameStatus(l.status(after, stage), none);
        });
    }

    @Test
    void replayRebuildsEveryFixtureLedger() {
        qt().forAll(BudgetFixtures.ledgers().gen())
                .check(l -> Ledger.replay(l.budget(), l.timeline()).equals(l));
    }

    /** The ledger's spending on a date is the sum of what the entries dated up to it say, kind by kind. */
    @Test
    void spendingIsTheSumOfTheEntriesDatedUpToTheDate() {
        qt().forAll(CASES.gen()).check(c -> {
            Ledger l = post(c.budget(), c.entries());
            return l.spending(c.asOf()).entrySet().stream().allMatch(e -> {
                var zero = io.itsmkit.budget.money.Money.zero(c.budget().currency());
                var actual = c.entries().stream()
                        .filter(x -> x.line().equals(e.getKey())
                                && x.kind() == EntryKind.ACTUAL
                                && !x.date().isAfter(c.asOf()))
                        .map(LedgerEntry::amount)
                        .reduce(zero, (a, b) -> a.plus(b));
                return actual.equals(e.getValue().actual());
            });
        });
    }

    /** The fold agrees with the obvious computation on fixture ledgers with reversals. */
    @Test
    void statusAgreesWithTheNaiveOracle() {
        qt().forAll(
                        BudgetFixtures.ledgers().gen(),
                        BudgetFixtures.dates().gen(),
                        BudgetFixtures.stages().gen())
                .check((l, day, stage) -> {
                    LocalDate asOf = l.budget()
                            .range()
                            .start()
                            .plusDays(Math.floorMod(
                                    day.toEpochDay(), l.budget().range().days() + 60));
                    return sameStatus(l.status(asOf, stage), NaiveLedgerStatus.status(l, asOf, stage));
                });
    }
}
