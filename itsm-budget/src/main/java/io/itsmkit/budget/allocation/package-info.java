/**
 * Splitting an amount by weights so that the parts sum exactly to it:
 * {@link io.itsmkit.budget.allocation.Allocation} in minor units or cash steps, by a named
 * {@link io.itsmkit.budget.allocation.AllocationMode} (largest remainder by default, first shares,
 * separate remainder, cumulative for schedules).
 *
 * <p>Null policy: no method accepts or returns {@code null}; a {@code null} argument is reported as a
 * {@link io.itsmkit.core.error.ValidationException} naming the parameter.
 */
@NullMarked
package io.itsmkit.budget.allocation;

import org.jspecify.annotations.NullMarked;
