/**
 * Forecasts: run rate, least-squares {@link io.itsmkit.budget.forecast.LinearTrend} (as
 * {@code FORECAST.LINEAR}), the projected year total and forecast accuracy
 * ({@link io.itsmkit.budget.forecast.Forecasts}), and earned-value management
 * ({@link io.itsmkit.budget.forecast.EarnedValue}: CV, SV, CPI, SPI, EAC by
 * {@link io.itsmkit.budget.forecast.EacMethod}, ETC, VAC, TCPI, time-based EAC), all exact to one final
 * rounding, with empty results where a divisor is zero.
 *
 * <p>Null policy: no method accepts or returns {@code null}; a {@code null} argument is reported as a
 * {@link io.itsmkit.core.error.ValidationException} naming the parameter.
 */
@NullMarked
package io.itsmkit.budget.forecast;

import org.jspecify.annotations.NullMarked;
