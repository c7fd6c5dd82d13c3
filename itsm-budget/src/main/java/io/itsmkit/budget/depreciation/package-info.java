/**
 * Depreciation of assets ({@link io.itsmkit.budget.depreciation.Depreciation}): straight line, double and
 * factor declining balance with an optional switch to straight line, and the fixed-rate declining
 * balance of a spreadsheet's {@code DB}, each period rounded, the book value carried from the rounded
 * amounts and floored at the salvage value ({@link io.itsmkit.budget.depreciation.DepreciationRow}).
 *
 * <p>Null policy: no method accepts or returns {@code null}; a {@code null} argument is reported as a
 * {@link io.itsmkit.core.error.ValidationException} naming the parameter.
 */
@NullMarked
package io.itsmkit.budget.depreciation;

import org.jspecify.annotations.NullMarked;
