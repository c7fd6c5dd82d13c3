/**
 * Currency conversion with the host's dated exchange rates: the
 * {@link io.itsmkit.budget.conversion.CurrencyConverter} (direct, inverse and cross rates through a base
 * currency, rounded once), the port the host implements
 * ({@link io.itsmkit.budget.conversion.spi.ExchangeRateSource}) and its in-memory reference adapter.
 *
 * <p>Null policy: no method accepts or returns {@code null}; a {@code null} argument is reported as a
 * {@link io.itsmkit.core.error.ValidationException} naming the parameter.
 */
@NullMarked
package io.itsmkit.budget.conversion;

import org.jspecify.annotations.NullMarked;
