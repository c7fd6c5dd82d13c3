/**
 * Service financial management for IT services, one package per concept: {@code money} (amounts,
 * currencies, exchange rates), {@code conversion} (converting with the host's rates), {@code allocation}
 * (exact splits), {@code fiscal} (fiscal calendars), {@code plan} (budgets, lines, phasing),
 * {@code status} (spending, status, pace), {@code alert} (thresholds), {@code forecast} (run rate, trend,
 * earned value), {@code chargeback} (TBM cost flows), {@code contract} (supplier contracts, amortization)
 * and {@code depreciation}.
 */
@NullMarked
package io.itsmkit.budget;

import org.jspecify.annotations.NullMarked;
