/**
 * Budget alerts: {@link io.itsmkit.budget.alert.Threshold}s (a percentage reached, or
 * {@link io.itsmkit.budget.alert.Threshold#EXCEEDED}) evaluated purely by
 * {@link io.itsmkit.budget.alert.BudgetAlerts}, each firing once, in ascending order, with the figures
 * that made it fire ({@link io.itsmkit.budget.alert.BudgetAlert}).
 *
 * <p>Null policy: no method accepts or returns {@code null}; a {@code null} argument is reported as a
 * {@link io.itsmkit.core.error.ValidationException} naming the parameter.
 */
@NullMarked
package io.itsmkit.budget.alert;

import org.jspecify.annotations.NullMarked;
