/**
 * The port the host implements for currency conversion: {@link io.itsmkit.budget.conversion.spi.ExchangeRateSource}, the dated
 * exchange rates. An in-memory reference adapter is in {@code io.itsmkit.budget.conversion.inmemory}.
 */
@NullMarked
package io.itsmkit.budget.conversion.spi;

import org.jspecify.annotations.NullMarked;
