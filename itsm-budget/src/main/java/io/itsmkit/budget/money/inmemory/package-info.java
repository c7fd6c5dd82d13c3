/**
 * In-memory reference adapters of the money ports: {@link io.itsmkit.budget.money.inmemory.InMemoryExchangeRates}.
 */
@NullMarked
package io.itsmkit.budget.money.inmemory;

import org.jspecify.annotations.NullMarked;
