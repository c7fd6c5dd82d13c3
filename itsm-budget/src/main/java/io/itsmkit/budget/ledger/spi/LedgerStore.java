package io.itsmkit.budget.ledger.spi;

import io.itsmkit.budget.ledger.LedgerEvent;
import io.itsmkit.budget.plan.BudgetId;
import io.itsmkit.core.spi.AppendOnlyStore;

/**
 * The host's storage of budget ledgers: one append-only stream of {@link LedgerEvent}s per budget, with
 * the contract of core's {@link AppendOnlyStore} (append with an expected sequence; a stale writer gets a
 * conflict and stores nothing). Store {@code ledger.timeline()} and rebuild with
 * {@code Ledger.replay(budget, store.read(budget.id()))}. The TCK is
 * {@code io.itsmkit.budget.testkit.LedgerStoreTck}.
 */
public interface LedgerStore extends AppendOnlyStore<BudgetId, LedgerEvent> {}
