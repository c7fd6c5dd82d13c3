/**
 * Money: {@link io.itsmkit.budget.money.Money} (a {@code BigDecimal} at its currency's ISO 4217 scale),
 * {@link io.itsmkit.budget.money.CurrencyUnit}, dated {@link io.itsmkit.budget.money.ExchangeRate}s, and
 * the bounds every decimal input keeps ({@link io.itsmkit.budget.money.Decimals}). Conversions through the
 * host's rates are in {@code io.itsmkit.budget.conversion}.
 *
 * <p>Nothing in itsm-budget uses {@code double} or {@code float}. Every operation that can lose precision
 * takes an explicit {@link java.math.RoundingMode} and rounds once, at the end.
 *
 * <p>Null policy: no method accepts or returns {@code null}; a {@code null} argument is reported as a
 * {@link io.itsmkit.core.error.ValidationException} naming the parameter.
 */
@NullMarked
package io.itsmkit.budget.money;

import org.jspecify.annotations.NullMarked;
