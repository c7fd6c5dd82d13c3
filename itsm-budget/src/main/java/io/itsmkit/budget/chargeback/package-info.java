/**
 * Chargeback and showback in TBM style: {@link io.itsmkit.budget.chargeback.ChargebackRule}s move cost
 * from a source {@link io.itsmkit.budget.chargeback.CostObjectId} to targets by a driver (headcount,
 * tickets, usage), through cost pools, towers and solutions to consumers; a
 * {@link io.itsmkit.budget.chargeback.Chargeback} records every {@link io.itsmkit.budget.chargeback.Charge}
 * and conserves the total to the minor unit.
 *
 * <p>Null policy: no method accepts or returns {@code null}; a {@code null} argument is reported as a
 * {@link io.itsmkit.core.error.ValidationException} naming the parameter.
 */
@NullMarked
package io.itsmkit.budget.chargeback;

import org.jspecify.annotations.NullMarked;
