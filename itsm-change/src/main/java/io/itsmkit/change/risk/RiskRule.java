package io.itsmkit.change.risk;

import io.itsmkit.core.error.Checks;

/**
 * A risk rule (ServiceNow's Change Risk Calculator "risk condition"): when its condition matches, the change
 * is at least at its level. A {@link RiskModel} applies the first rule that matches.
 *
 * <p>Implementation Requirements: immutable and thread-safe if the condition is.
 *
 * @param name the rule's name, e.g. {@code "Critical service affected"}, not blank
 * @param condition when it applies
 * @param level the level it sets
 */
public record RiskRule(String name, RiskCondition condition, RiskLevel level) {
    /**
     * Validates the components.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null or the name blank
     * @param name see {@link #name()}
     * @param condition see {@link #condition()}
     * @param level see {@link #level()}
     */
    public RiskRule {
        Checks.notBlank(name, "rule.name");
        Checks.notNull(condition, "rule.condition");
        Checks.notNull(level, "rule.level");
    }
}
