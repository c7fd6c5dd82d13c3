/**
 * Time for finance: {@link io.itsmkit.budget.fiscal.FiscalCalendar}s with years starting on any day, named
 * by start or end year, in monthly, quarterly, 4-4-5 / 4-5-4 / 5-4-4 or 13-period
 * {@link io.itsmkit.budget.fiscal.PeriodPattern}s, their {@link io.itsmkit.budget.fiscal.FiscalYear}s and
 * {@link io.itsmkit.budget.fiscal.FiscalPeriod}s, and half-open {@link io.itsmkit.budget.fiscal.DateRange}s
 * of days.
 *
 * <p>Null policy: no method accepts or returns {@code null}; a {@code null} argument is reported as a
 * {@link io.itsmkit.core.error.ValidationException} naming the parameter.
 */
@NullMarked
package io.itsmkit.budget.fiscal;

import org.jspecify.annotations.NullMarked;
