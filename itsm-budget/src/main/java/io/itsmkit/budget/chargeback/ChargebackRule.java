package io.itsmkit.budget.chargeback;

import io.itsmkit.budget.money.Decimals;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * A TBM allocation rule: the cost of a source goes to targets in proportion to a driver (headcount,
 * tickets, CPU hours, users), e.g. the service desk's cost to business units by tickets raised.
 *
 * <p>Targets are kept ordered by identifier, which is the tie-break when two targets have equal
 * fractional shares: the result never depends on the order a map happens to iterate in.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param source the cost object whose cost is allocated
 * @param driver the driver's name, e.g. {@code "tickets"}
 * @param quantities the driver quantity of each target, zero or more, not all zero
 */
public record ChargebackRule(CostObjectId source, String driver, Map<CostObjectId, BigDecimal> quantities) {

    /**
     * Validates the rule.
     *
     * @throws ValidationException with rule {@code "not-empty"}, {@code "not-negative"},
     *     {@code "positive-total-weight"}, {@code "no-self-allocation"}, {@code "not-blank"} or
     *     {@code "required"}
     */
    public ChargebackRule {
        Checks.notNull(source, "rule.source");
        Checks.notBlank(driver, "rule.driver");
        Map<CostObjectId, BigDecimal> q = Checks.notNull(quantities, "rule.quantities");
        if (q.isEmpty()) {
            throw new ValidationException("rule.quantities", "not-empty", "{}", "must name at least one target");
        }
        TreeMap<CostObjectId, BigDecimal> sorted = new TreeMap<>();
        for (Map.Entry<CostObjectId, BigDecimal> e : q.entrySet()) {
            CostObjectId target = Checks.notNull(e.getKey(), "rule.quantities.key");
            if (target.equals(source)) {
                throw new ValidationException(
                        "rule.quantities[" + target + "]",
                        "no-self-allocation",
                        target,
                        "must not be the rule's source");
            }
            sorted.put(target, Decimals.notNegative(e.getValue(), "rule.quantities[" + target + "]"));
        }
        if (sorted.values().stream().allMatch(x -> x.signum() == 0)) {
            throw new ValidationException(
                    "rule.quantities",
                    "positive-total-weight",
                    q,
                    "must give at least one target a quantity above zero");
        }
        quantities = java.util.Collections.unmodifiableMap(sorted);
    }
}
