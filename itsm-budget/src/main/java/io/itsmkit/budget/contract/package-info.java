/**
 * Supplier contracts: a {@link io.itsmkit.budget.contract.SupplierContract}'s value, term,
 * {@link io.itsmkit.budget.contract.BillingFrequency billing}, notice period and
 * {@link io.itsmkit.budget.contract.Renewal renewal}, its notice deadline and
 * {@link io.itsmkit.budget.contract.RenewalAlert}, its billing schedule, its links to underpinning
 * contracts by identifier, and the exact {@link io.itsmkit.budget.contract.Amortization} of an amount over
 * months, fiscal years or any periods by days.
 *
 * <p>Null policy: no method accepts or returns {@code null}; a {@code null} argument is reported as a
 * {@link io.itsmkit.core.error.ValidationException} naming the parameter.
 */
@NullMarked
package io.itsmkit.budget.contract;

import org.jspecify.annotations.NullMarked;
