/**
 * Where a budget stands: {@link io.itsmkit.budget.status.Spending} by stage (requested, ordered, accrued,
 * actual), {@link io.itsmkit.budget.status.BudgetStatus} (available, variance, consumed percent, pace, by
 * a named {@link io.itsmkit.budget.status.ConsumptionStage}), per line and rolled up in a
 * {@link io.itsmkit.budget.status.StatusReport}, and the {@link io.itsmkit.budget.status.Pace} of a
 * budget over a half-open period.
 *
 * <p>Null policy: no method accepts or returns {@code null}; a {@code null} argument is reported as a
 * {@link io.itsmkit.core.error.ValidationException} naming the parameter.
 */
@NullMarked
package io.itsmkit.budget.status;

import org.jspecify.annotations.NullMarked;
