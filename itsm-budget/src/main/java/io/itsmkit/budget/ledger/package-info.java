/**
 * The budget ledger: an append-only {@link io.itsmkit.budget.ledger.Ledger} of
 * {@link io.itsmkit.budget.ledger.LedgerEntry} postings (plan revisions, requested and ordered
 * commitments, accruals, actuals, each with its date, period, amount, document currency and rate,
 * supplier and contract) and reversals, folded over core's {@code Timeline}; status on any date is
 * computed from it.
 *
 * <p>Null policy: no method accepts or returns {@code null}; a {@code null} argument is reported as a
 * {@link io.itsmkit.core.error.ValidationException} naming the parameter.
 */
@NullMarked
package io.itsmkit.budget.ledger;

import org.jspecify.annotations.NullMarked;
