/**
 * The in-memory reference adapter of the ledger port,
 * {@link io.itsmkit.budget.ledger.inmemory.InMemoryLedgerStore}.
 */
@NullMarked
package io.itsmkit.budget.ledger.inmemory;

import org.jspecify.annotations.NullMarked;
