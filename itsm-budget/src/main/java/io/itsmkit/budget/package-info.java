/**
 * Service financial management (coming next): money with ISO 4217 scales, fiscal calendars, budgets,
 * ledger, variance, forecast and cost allocation.
 */
@NullMarked
package io.itsmkit.budget;

import org.jspecify.annotations.NullMarked;
