/**
 * Budgets: a {@link io.itsmkit.budget.plan.Budget} over one or more fiscal years, its
 * {@link io.itsmkit.budget.plan.BudgetLine}s per cost center, CapEx/OpEx
 * {@link io.itsmkit.budget.plan.ExpenseType} and TBM {@link io.itsmkit.budget.plan.CostCategory}, and the
 * {@link io.itsmkit.budget.plan.Phasing} of each line over the periods (even, weighted, seasonal), exact to
 * the minor unit.
 *
 * <p>Null policy: no method accepts or returns {@code null}; a {@code null} argument is reported as a
 * {@link io.itsmkit.core.error.ValidationException} naming the parameter.
 */
@NullMarked
package io.itsmkit.budget.plan;

import org.jspecify.annotations.NullMarked;
