package io.itsmkit.budget.ledger;

import io.itsmkit.budget.ledger.inmemory.InMemoryLedgerStore;
import io.itsmkit.budget.ledger.spi.LedgerStore;
import io.itsmkit.budget.testkit.LedgerStoreTck;

/** The reference ledger store passes core's whole append-only store TCK with fixture ledgers. */
class InMemoryLedgerStoreTest extends LedgerStoreTck {
    @Override
    protected LedgerStore newStore() {
        return new InMemoryLedgerStore();
    }
}
