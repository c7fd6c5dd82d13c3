/**
 * The port the host implements for budget ledgers: {@link io.itsmkit.budget.ledger.spi.LedgerStore}, an
 * append-only store of each budget's ledger events. An in-memory reference adapter is in
 * {@code io.itsmkit.budget.ledger.inmemory}.
 */
@NullMarked
package io.itsmkit.budget.ledger.spi;

import org.jspecify.annotations.NullMarked;
