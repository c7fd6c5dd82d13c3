/**
 * Ports the host implements for money: {@link io.itsmkit.budget.money.spi.ExchangeRateSource}, the dated
 * exchange rates. An in-memory reference adapter is in {@code io.itsmkit.budget.money.inmemory}.
 */
@NullMarked
package io.itsmkit.budget.money.spi;

import org.jspecify.annotations.NullMarked;
