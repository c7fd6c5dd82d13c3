package io.itsmkit.budget.ledger.inmemory;

import io.itsmkit.budget.ledger.LedgerEvent;
import io.itsmkit.budget.ledger.spi.LedgerStore;
import io.itsmkit.budget.plan.BudgetId;
import io.itsmkit.core.inmemory.InMemoryAppendOnlyStore;

/**
 * The reference {@link LedgerStore}: core's in-memory append-only store, one timeline per budget.
 *
 * <p>Implementation Requirements: thread-safe.
 */
public final class InMemoryLedgerStore extends InMemoryAppendOnlyStore<BudgetId, LedgerEvent> implements LedgerStore {
    /** Creates an empty store. */
    public InMemoryLedgerStore() {}
}
