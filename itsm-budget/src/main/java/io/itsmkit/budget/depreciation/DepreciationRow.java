package io.itsmkit.budget.depreciation;

import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;

/**
 * One period of a depreciation schedule.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param period the period's number, from 1
 * @param depreciation the depreciation charged in the period, rounded
 * @param accumulated the depreciation charged up to and including the period
 * @param bookValue the cost minus {@code accumulated}, never below the salvage value
 */
public record DepreciationRow(int period, Money depreciation, Money accumulated, Money bookValue) {

    /**
     * Validates the row.
     *
     * @throws io.itsmkit.core.error.ValidationException with rule {@code "required"} for a null component
     */
    public DepreciationRow {
        Checks.notNull(depreciation, "row.depreciation");
        Checks.notNull(accumulated, "row.accumulated");
        Checks.notNull(bookValue, "row.bookValue");
    }
}
