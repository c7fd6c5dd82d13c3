package io.itsmkit.budget.testkit;

import io.itsmkit.budget.ledger.LedgerEvent;
import io.itsmkit.budget.ledger.spi.LedgerStore;
import io.itsmkit.budget.plan.BudgetId;
import io.itsmkit.core.testkit.AppendOnlyStoreTck;
import io.itsmkit.core.testkit.Sampler;
import io.itsmkit.core.timeline.Timeline;

/**
 * The contract of {@link LedgerStore}: core's generic {@link AppendOnlyStoreTck} driven by fixture ledgers
 * ({@link BudgetFixtures#ledgers()}: postings of every kind, foreign amounts, reversals, nanosecond and
 * retroactive stamps). Extend it and give your adapter:
 *
 * <pre>{@code
 * class JdbcLedgerStoreTest extends LedgerStoreTck {
 *     protected LedgerStore newStore() {
 *         return new JdbcLedgerStore(freshSchema());
 *     }
 * }
 * }</pre>
 */
public abstract class LedgerStoreTck extends AppendOnlyStoreTck<BudgetId, LedgerEvent> {

    /**
     * Creates a new, empty store for one rule.
     *
     * @return the adapter under test
     */
    @Override
    protected abstract LedgerStore newStore();

    /**
     * Returns the timelines of fixture ledgers.
     *
     * @return the sampler
     */
    @Override
    protected Sampler<Timeline<LedgerEvent>> timelines() {
        return BudgetFixtures.ledgers().map(l -> l.timeline());
    }

    /**
     * Returns the budget id a ledger timeline belongs to.
     *
     * @param timeline a fixture timeline
     * @return its budget's id
     */
    @Override
    protected BudgetId keyOf(Timeline<LedgerEvent> timeline) {
        return (BudgetId) timeline.stream();
    }
}
