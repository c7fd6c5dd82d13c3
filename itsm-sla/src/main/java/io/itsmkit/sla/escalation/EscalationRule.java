package io.itsmkit.sla.escalation;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.sla.agreement.Threshold;
import java.util.List;
import java.util.Optional;

/**
 * One escalation rule: when a clock reaches a threshold (in working time), notify the recipients.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param name the rule's name, unique in its policy, not blank
 * @param metric the metric whose clocks it watches; empty for every metric
 * @param threshold the threshold
 * @param recipients whom to notify, at least one
 */
public record EscalationRule(String name, Optional<String> metric, Threshold threshold, List<Recipient> recipients) {

    /**
     * Validates and copies the components.
     *
     * @throws ValidationException if a component is null or holds null, the name is blank, or there is no
     *     recipient (rule {@code "not-empty"})
     * @param name see {@link #name()}
     * @param metric see {@link #metric()}
     * @param threshold see {@link #threshold()}
     * @param recipients see {@link #recipients()}
     */
    public EscalationRule {
        Checks.notBlank(name, "rule.name");
        Checks.notNull(metric, "rule.metric");
        Checks.notNull(threshold, "rule.threshold");
        recipients = Checks.noNulls(recipients, "rule.recipients");
        if (recipients.isEmpty()) {
            throw new ValidationException("rule.recipients", "not-empty", "[]", "must name at least one recipient");
        }
    }

    /**
     * A rule watching every metric.
     *
     * @param name the name
     * @param threshold the threshold
     * @param recipients at least one recipient
     * @return the rule
     */
    public static EscalationRule of(String name, Threshold threshold, Recipient... recipients) {
        return new EscalationRule(
                name, Optional.empty(), threshold, java.util.Arrays.asList(Checks.notNull(recipients, "recipients")));
    }

    /**
     * Returns a copy watching only one metric.
     *
     * @param metric the metric's name
     * @return the copy
     */
    public EscalationRule forMetric(String metric) {
        return new EscalationRule(name, Optional.of(Checks.notBlank(metric, "metric")), threshold, recipients);
    }
}
