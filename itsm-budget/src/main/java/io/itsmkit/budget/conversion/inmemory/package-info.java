/**
 * The in-memory reference adapter of the exchange-rate port, {@link io.itsmkit.budget.conversion.inmemory.InMemoryExchangeRates}.
 */
@NullMarked
package io.itsmkit.budget.conversion.inmemory;

import org.jspecify.annotations.NullMarked;
